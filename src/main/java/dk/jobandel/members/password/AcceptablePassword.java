package dk.jobandel.members.password;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A password we accept: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters (NIST SP 800-63B: length,
 * not composition rules) and not one of the most common passwords. Blank is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

    int MIN_LENGTH = 8;
    int MAX_LENGTH = 128;

    String message() default "{AcceptablePassword.common}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AcceptablePassword, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            int length = value.codePointCount(0, value.length());
            String problem = null;
            if (length < MIN_LENGTH) {
                problem = "AcceptablePassword.tooShort";
            } else if (length > MAX_LENGTH) {
                problem = "AcceptablePassword.tooLong";
            } else if (CommonPasswords.contains(value)) {
                problem = "AcceptablePassword.common";
            }
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + problem + "}").addConstraintViolation();
            return false;
        }
    }
}
