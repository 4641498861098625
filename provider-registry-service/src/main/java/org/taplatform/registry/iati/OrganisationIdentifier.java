package org.taplatform.registry.iati;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An IATI organisation identifier in the org-id.guide form {@code <registration agency>-<identifier>}: the agency is
 * a country's ISO 3166-1 alpha-2 code or XI/XM followed by the list's code ({@code GB-COH}, {@code XM-DAC},
 * {@code XI-IATI}), then the organisation's number on that list: {@code XM-DAC-41114}, {@code GB-GOV-1}. Without
 * network access the agency is checked by form, not against org-id.guide's list. Null is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = OrganisationIdentifier.Validator.class)
public @interface OrganisationIdentifier {

    String message() default "is not an IATI organisation identifier (<registration agency>-<identifier>, e.g. XM-DAC-41114 or GB-GOV-1, see org-id.guide)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    Pattern FORM = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,10}-[A-Za-z0-9][A-Za-z0-9._-]{0,80}");

    final class Validator implements ConstraintValidator<OrganisationIdentifier, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || FORM.matcher(value).matches();
        }
    }
}
