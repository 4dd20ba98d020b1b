// Compile-time checks that the generated types are precise, not `any`: the line after each
// expect-error directive MUST fail to type-check, so tsc reports an error if the spec ever stops
// constraining it (for example a request enum widened to a plain string, or a path parameter
// no longer required). Never called at run time.

import type { Issue, IssueUpdate, SentryClient } from "./issues";

export async function rejectedByTheTypes(client: SentryClient, issue: Issue): Promise<void> {
  // An issue status outside the spec's enum.
  // @ts-expect-error "fixed" is not an issue status
  const badStatus: IssueUpdate = { status: "fixed" };

  // A path parameter left out.
  await client.GET("/api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/", {
    // @ts-expect-error issue_id is required
    params: { path: { organization_id_or_slug: "acme" } },
  });

  // An operation the spec does not describe.
  // @ts-expect-error there is no POST on an issue
  await client.POST("/api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/", {});

  // Issue IDs are strings (Sentry's numeric IDs are sent as strings).
  // @ts-expect-error id is not a number
  const numericId: number = issue.id;

  // Only identity fields are guaranteed by every Sentry version (tests/data/corpus): a field
  // such as `culprit` may be absent, so it cannot be read as always present.
  // @ts-expect-error culprit is optional (older Sentry versions and trimmed answers omit it)
  const culprit: string | null = issue.culprit;
  const title: string = issue.title;

  void badStatus;
  void numericId;
  void culprit;
  void title;
}
