/**
 * Members: the people and organisations that use Jobandel. Accounts with their roles (freelancer,
 * cooperative staff, consultant, admin), sign-up with consent, organisations (cooperatives and
 * social-economy enterprises) with their CVR number and verification status, and the link of staff
 * to their organisation. Its public API is {@link dk.jobandel.members.MemberRegistration},
 * {@link dk.jobandel.members.Organisations}, the acting person every module's rules take
 * ({@link dk.jobandel.members.Actor}, built by {@link dk.jobandel.members.Actors}) and the value types beside them;
 * {@code web} and the persistence details stay inside.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.members;
