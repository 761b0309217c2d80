package dev.genedata.hgnc.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Year;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A year from {@link #min()} to the current year (UTC, from Bean Validation's clock), such as an approval
 * year: a bound that moves every January cannot be a constant {@code @Max}.
 */
@Documented
@Constraint(validatedBy = YearUpToNow.Check.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface YearUpToNow {

    /** The earliest year allowed. */
    int min() default 1900;

    /** What a client reads after the parameter's name; {@code {max}} is the current year. */
    String message() default "must be an integer from {min} to {max}";

    /** Bean Validation groups. */
    Class<?>[] groups() default {};

    /** Bean Validation payload. */
    Class<? extends Payload>[] payload() default {};

    /** Null is valid (the parameter's default applies). */
    class Check implements ConstraintValidator<YearUpToNow, Integer> {

        private int min;

        @Override
        public void initialize(YearUpToNow annotation) {
            min = annotation.min();
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            int max = Year.now(context.getClockProvider().getClock()).getValue();
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", max);
            return value == null || (value >= min && value <= max);
        }
    }
}
