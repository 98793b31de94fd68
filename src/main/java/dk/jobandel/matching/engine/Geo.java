package dk.jobandel.matching.engine;

/**
 * Great-circle distance. Places are kept as unit vectors so that the hot loop needs no trigonometry: the haversine
 * term {@code a = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)} equals a quarter of the squared chord between the two
 * unit vectors, so {@code d = 2R asin(chord / 2)}.
 */
final class Geo {

    /** Mean Earth radius in km. */
    static final double EARTH_RADIUS_KM = 6371.0;

    private Geo() {}

    /** The unit vector {x, y, z} of a latitude and longitude in degrees. */
    static double[] unitVector(double lat, double lon) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        return new double[] {Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
    }

    /** The distance in km for a squared chord between unit vectors. */
    static double kmFromChord2(double chord2) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(chord2) / 2));
    }

    /** The squared chord of a distance in km: distances within {@code km} have chords at most this. */
    static double chord2FromKm(double km) {
        double angle = Math.min(Math.PI, km / EARTH_RADIUS_KM);
        double chord = 2 * Math.sin(angle / 2);
        return chord * chord;
    }
}
