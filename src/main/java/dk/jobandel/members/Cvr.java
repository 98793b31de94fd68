package dk.jobandel.members;

/**
 * A Danish company registration number (CVR): eight digits whose weighted sum with weights
 * 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11.
 */
public record Cvr(String digits) {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    public Cvr {
        if (!isValid(digits)) {
            throw new IllegalArgumentException("Not a valid CVR number: " + digits);
        }
    }

    /** Accepts the common written forms ("12 34 56 78", "DK12345678") by dropping spaces and the DK prefix. */
    public static String normalise(String input) {
        String compact = input.replaceAll("[\\s-]", "");
        return compact.regionMatches(true, 0, "DK", 0, 2) ? compact.substring(2) : compact;
    }

    public static boolean isValid(String digits) {
        if (digits == null || digits.length() != 8 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (digits.charAt(0) == '0') {
            return false; // CVR numbers are issued from 10000000 upwards
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 == 0;
    }

    @Override
    public String toString() {
        return digits;
    }
}
