/**
 * Who belongs where, as SQL fragments for other features' queries. These are the only SQL texts
 * outside the enrolments feature that read `enrolments`, `elective_choices`, `cohort_facilitators`
 * and `programme_item_facilitators`: discussions, learning and surveys compose them into their own
 * statements instead of writing the rules again.
 *
 * Every argument is an SQL expression — a placeholder such as `$1` or a column such as `r.user_id`
 * of the caller's query — never a value: values go in the query's parameters. The fragments use
 * aliases starting with `mbr_` internally, so the caller's expressions must not use that prefix.
 */

/** The one "not withdrawn" rule, for an `enrolments` alias: an invited or active enrolment counts, a withdrawn one does not. */
export const notWithdrawn = (enrolment: string) => `${enrolment}.status <> 'withdrawn'`;
const active = notWithdrawn;

/**
 * Who attends an item among those enrolled in its edition: everyone for panels and mandatory
 * modules, those seated for an elective module (a waitlist place is not a seat).
 */
const openTo = (item: string, user: string) => `(${item}.kind <> 'elective_module' OR ${seatedIn(user, `${item}.id`)})`;

/** true when `user` holds a seat (not a waitlist place) in the elective module `item`. */
export function seatedIn(user: string, item: string): string {
  return `EXISTS (SELECT 1 FROM elective_choices mbr_c WHERE mbr_c.item_id = ${item} AND mbr_c.user_id = ${user} AND mbr_c.status = 'seated')`;
}

/** An edition's enrolments of every status, as a table to select from or join: `FROM ${enrolmentsIn('$1')} e`. */
export function enrolmentsIn(edition: string): string {
  return `(SELECT mbr_e.id, mbr_e.user_id, mbr_e.edition_id, mbr_e.role, mbr_e.status, mbr_e.cohort_id FROM enrolments mbr_e WHERE mbr_e.edition_id = ${edition})`;
}

/** An edition's active (not withdrawn) enrolments, with the columns of {@link enrolmentsIn}. */
export function activeEnrolmentsIn(edition: string): string {
  return `(SELECT mbr_e.id, mbr_e.user_id, mbr_e.edition_id, mbr_e.role, mbr_e.status, mbr_e.cohort_id FROM enrolments mbr_e WHERE mbr_e.edition_id = ${edition} AND ${active('mbr_e')})`;
}

/** true when `user` is enrolled in `edition`, in any role, and not withdrawn. */
export function enrolledIn(user: string, edition: string): string {
  return `EXISTS (SELECT 1 FROM enrolments mbr_e WHERE mbr_e.edition_id = ${edition} AND mbr_e.user_id = ${user} AND ${active('mbr_e')})`;
}

/** true when `user` is enrolled, and not withdrawn, in at least one edition. */
export function enrolledAnywhere(user: string): string {
  return `EXISTS (SELECT 1 FROM enrolments mbr_e WHERE mbr_e.user_id = ${user} AND ${active('mbr_e')})`;
}

/** true when `user` is enrolled in `cohort` (as a participant, or anyone placed in it) and not withdrawn. */
export function inCohort(user: string, cohort: string): string {
  return `EXISTS (SELECT 1 FROM enrolments mbr_e WHERE mbr_e.cohort_id = ${cohort} AND mbr_e.user_id = ${user} AND ${active('mbr_e')})`;
}

/** true when `user` is one of the facilitators of `cohort`. */
export function facilitatesCohort(user: string, cohort: string): string {
  return `EXISTS (SELECT 1 FROM cohort_facilitators mbr_cf WHERE mbr_cf.cohort_id = ${cohort} AND mbr_cf.user_id = ${user})`;
}

/** true when `user` is one of the facilitators of the programme item `item`. */
export function facilitatesItem(user: string, item: string): string {
  return `EXISTS (SELECT 1 FROM programme_item_facilitators mbr_pf WHERE mbr_pf.item_id = ${item} AND mbr_pf.user_id = ${user})`;
}

/** The ids of the cohorts of `edition` that `user` facilitates, as a subquery: `c.id IN (${facilitatedCohorts('$1', '$2')})`. */
export function facilitatedCohorts(user: string, edition: string): string {
  return `SELECT mbr_co.id FROM cohorts mbr_co WHERE mbr_co.edition_id = ${edition} AND ${facilitatesCohort(user, 'mbr_co.id')}`;
}

/** The ids of the programme items of `edition` that `user` facilitates, as a subquery. */
export function facilitatedItems(user: string, edition: string): string {
  return `SELECT mbr_it.id FROM programme_items mbr_it WHERE mbr_it.edition_id = ${edition} AND ${facilitatesItem(user, 'mbr_it.id')}`;
}

/** true when `user` facilitates at least one cohort or programme item of `edition` (enrolled or not). */
export function facilitatesIn(user: string, edition: string): string {
  return `(EXISTS (${facilitatedCohorts(user, edition)}) OR EXISTS (${facilitatedItems(user, edition)}))`;
}

/**
 * true when `user` attends the programme item `item`: enrolled (not withdrawn) in its edition, and
 * seated in it when it is an elective module.
 */
export function attends(user: string, item: string): string {
  return `EXISTS (SELECT 1 FROM programme_items mbr_i JOIN enrolments mbr_e ON mbr_e.edition_id = mbr_i.edition_id AND mbr_e.user_id = ${user} AND ${active('mbr_e')}
    WHERE mbr_i.id = ${item} AND ${openTo('mbr_i', user)})`;
}

/**
 * The rule for what a facilitator may read of a participant (needs, progress, identified survey
 * answers): true when `participant` is a participant of `edition`, not withdrawn, and is in a cohort
 * that `facilitator` facilitates or attends a programme item that `facilitator` facilitates.
 */
export function follows(facilitator: string, participant: string, edition: string): string {
  return `EXISTS (SELECT 1 FROM enrolments mbr_p
    WHERE mbr_p.edition_id = ${edition} AND mbr_p.user_id = ${participant} AND mbr_p.role = 'participant' AND ${active('mbr_p')}
      AND (${facilitatesCohort(facilitator, 'mbr_p.cohort_id')}
        OR EXISTS (SELECT 1 FROM programme_items mbr_fi
          WHERE mbr_fi.edition_id = ${edition} AND ${facilitatesItem(facilitator, 'mbr_fi.id')} AND ${openTo('mbr_fi', 'mbr_p.user_id')})))`;
}

/**
 * Where people meet, as columns of the caller's row: a `kind` ('edition', 'cohort',
 * 'programme_item' or 'community') and the edition, cohort and item it is about (null when not).
 * Discussion rooms are scopes.
 */
export interface ScopeColumns {
  kind: string;
  edition: string;
  cohort: string;
  item: string;
}

/**
 * true when `user` belongs to the scope: an edition's people are those enrolled in it; a cohort's,
 * its members and facilitators; a programme item's, those who attend it and its facilitators; the
 * community, anyone enrolled in any edition.
 */
export function belongsTo(user: string, scope: ScopeColumns): string {
  return `(
  (${scope.kind} = 'edition' AND ${enrolledIn(user, scope.edition)})
  OR (${scope.kind} = 'cohort' AND (${inCohort(user, scope.cohort)} OR ${facilitatesCohort(user, scope.cohort)}))
  OR (${scope.kind} = 'programme_item' AND (${facilitatesItem(user, scope.item)} OR ${attends(user, scope.item)}))
  OR (${scope.kind} = 'community' AND ${enrolledAnywhere(user)}))`;
}

/** true when `user` facilitates the scope: the facilitators of a cohort or of a programme item. */
export function facilitates(user: string, scope: ScopeColumns): string {
  return `((${scope.kind} = 'cohort' AND ${facilitatesCohort(user, scope.cohort)})
  OR (${scope.kind} = 'programme_item' AND ${facilitatesItem(user, scope.item)}))`;
}
