package dk.jobandel.platform;

/**
 * Marks an exception that answers 404 both for what does not exist and for what the member may not see, so that a
 * page never tells which (review finding 4). The security log records these for signed-in members as possible
 * denials, beside the 403s.
 */
public interface ConcealedAsNotFound {}
