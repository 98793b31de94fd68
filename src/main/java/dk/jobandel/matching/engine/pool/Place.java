package dk.jobandel.matching.engine.pool;

/** Distances and travel times between places. */
public final class Place {

    /** Mean Earth radius in km, as in the role engine's {@code Geo}. */
    static final double EARTH_RADIUS_KM = 6371.0;

    private Place() {}

    /** The great-circle (haversine) distance in km between two points given in degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        if (lat1 == lat2 && lon1 == lon2) {
            return 0;
        }
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /**
     * The half-hours to set aside for moving {@code km} at {@code speedKmh}, rounded up: any move between two
     * different places takes at least one half-hour (the schedule has no finer grain), the same place none.
     */
    public static int travelHalfHours(double km, double speedKmh) {
        if (km <= 0) {
            return 0;
        }
        return (int) Math.ceil(km / speedKmh * 2 - 1e-9);
    }
}
