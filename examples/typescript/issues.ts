// List the unresolved issues of a Sentry project and resolve one, with a client typed from
// openapi/sentry.yaml. Generate the types, then type-check (what CI does):
//
//   npm ci && npm run check:ts
//
// `paths` comes from `openapi-typescript openapi/sentry.yaml`; openapi-fetch turns it into a
// `fetch` wrapper whose paths, parameters, bodies and responses are all checked by tsc.

import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/sentry-api";

const PROJECT_ISSUES = "/api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/issues/";
const ISSUE = "/api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/";

export type SentryClient = Client<paths>;
export type Issue =
  paths[typeof PROJECT_ISSUES]["get"]["responses"][200]["content"]["application/json"][number];
export type IssueUpdate = NonNullable<
  paths[typeof ISSUE]["put"]["requestBody"]
>["content"]["application/json"];

/** A client for one Sentry host (`https://sentry.io`, a region, or a self-hosted URL). */
export function sentryClient(token: string, baseUrl = "https://sentry.io"): SentryClient {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
}

/**
 * The `cursor` of the `next` entry of Sentry's `Link` header, or undefined when that entry says
 * `results="false"` (no further page). Example entry:
 * `<https://sentry.io/api/0/...&cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"`
 */
export function nextCursor(link: string | null): string | undefined {
  for (const entry of (link ?? "").split(/,\s*(?=<)/)) {
    const attributes = new Map(
      [...entry.matchAll(/;\s*(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]] as const),
    );
    if (attributes.get("rel") === "next") {
      return attributes.get("results") === "true" ? attributes.get("cursor") : undefined;
    }
  }
  return undefined;
}

/** Every issue of a project matching a Sentry search query, following the cursor pages. */
export async function listProjectIssues(
  client: SentryClient,
  organization: string,
  project: string,
  query = "is:unresolved",
): Promise<Issue[]> {
  const issues: Issue[] = [];
  let cursor: string | undefined;
  do {
    const { data, error, response } = await client.GET(PROJECT_ISSUES, {
      params: {
        path: { organization_id_or_slug: organization, project_id_or_slug: project },
        query: cursor === undefined ? { query } : { query, cursor },
      },
    });
    if (data === undefined) {
      throw new Error(`listing issues failed (${response.status}): ${JSON.stringify(error)}`);
    }
    issues.push(...data);
    cursor = nextCursor(response.headers.get("Link"));
  } while (cursor !== undefined);
  return issues;
}

/** Change one issue (resolve, ignore, assign, ...) and return Sentry's answer. */
export async function updateIssue(
  client: SentryClient,
  organization: string,
  issueId: string,
  update: IssueUpdate,
) {
  const { data, error, response } = await client.PUT(ISSUE, {
    params: { path: { organization_id_or_slug: organization, issue_id: issueId } },
    body: update,
  });
  if (data === undefined) {
    throw new Error(`updating issue ${issueId} failed (${response.status}): ${JSON.stringify(error)}`);
  }
  return data;
}

/** The example itself: resolve the oldest-listed unresolved issue of `acme/web`, if any. */
export async function resolveFirstUnresolved(token: string): Promise<string | undefined> {
  const client = sentryClient(token);
  const [issue] = await listProjectIssues(client, "acme", "web");
  if (issue === undefined) {
    return undefined;
  }
  const resolved = await updateIssue(client, "acme", issue.id, { status: "resolved" });
  return `${issue.shortId} ${issue.title}: ${resolved.status ?? "updated"}`;
}
