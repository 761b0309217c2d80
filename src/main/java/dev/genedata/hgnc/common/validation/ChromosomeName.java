package dev.genedata.hgnc.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import dev.genedata.hgnc.gene.model.Chromosomes;

/** A chromosome as the filters name it: one of {@link Chromosomes#ALL}, exactly (callers upper-case first). */
@Documented
@Constraint(validatedBy = ChromosomeName.Check.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface ChromosomeName {

    /** What a client reads after the parameter's name. */
    String message() default "must be one of " + Chromosomes.NAMES;

    /** Bean Validation groups. */
    Class<?>[] groups() default {};

    /** Bean Validation payload. */
    Class<? extends Payload>[] payload() default {};

    /** Null is valid (no filter); anything else must be a chromosome's name. */
    class Check implements ConstraintValidator<ChromosomeName, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Chromosomes.isValid(value);
        }
    }
}
