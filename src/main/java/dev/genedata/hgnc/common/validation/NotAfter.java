package dev.genedata.hgnc.common.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * On a record: its integer component {@link #field()} must not be greater than {@link #other()} when both are
 * set, such as a start year and an end year. The violation is reported on {@code field}, with both values.
 */
@Documented
@Constraint(validatedBy = NotAfter.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface NotAfter {

    /** The component that comes first (its Java name). */
    String field();

    /** The component it must not be after (its Java name). */
    String other();

    /** What a client reads after the first parameter's name. */
    String message() default "must not be after {otherName}; got {fieldName} {fieldValue} and {otherName} {otherValue}";

    /** Bean Validation groups. */
    Class<?>[] groups() default {};

    /** Bean Validation payload. */
    Class<? extends Payload>[] payload() default {};

    /** Reads both components of the record; a missing one passes. */
    class Check implements ConstraintValidator<NotAfter, Record> {

        private String field;
        private String other;

        @Override
        public void initialize(NotAfter annotation) {
            field = annotation.field();
            other = annotation.other();
        }

        @Override
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Integer first = component(value, field);
            Integer second = component(value, other);
            if (first == null || second == null || first <= second) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.addMessageParameter("fieldName", ParameterNames.json(field))
                    .addMessageParameter("otherName", ParameterNames.json(other))
                    .addMessageParameter("fieldValue", first)
                    .addMessageParameter("otherValue", second);
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(field)
                    .addConstraintViolation();
            return false;
        }

        private static Integer component(Record record, String name) {
            RecordComponent component = Arrays.stream(record.getClass().getRecordComponents())
                    .filter(candidate -> candidate.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            record.getClass().getSimpleName() + " has no component " + name));
            try {
                return (Integer) component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass(), e);
            }
        }
    }
}
