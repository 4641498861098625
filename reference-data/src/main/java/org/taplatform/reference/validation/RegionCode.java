package org.taplatform.reference.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.taplatform.reference.ReferenceData;

/** A UN M49 region, sub-region or intermediate region code known to the reference data (e.g. 002 Africa, 014 Eastern Africa). Null is valid: combine with {@code @NotNull} where the value is required. */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = RegionCode.Validator.class)
public @interface RegionCode {

    String message() default "is not a UN M49 region code (see /api/v1/reference/regions)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<RegionCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ReferenceData.instance().region(value).isPresent();
        }
    }
}
