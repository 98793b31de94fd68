package dk.jobandel.shared;

/** One of Denmark's 98 municipalities (kommuner), by its official code, with an approximate centroid. */
public record Municipality(short code, String name, short regionCode, double latitude, double longitude) {}
