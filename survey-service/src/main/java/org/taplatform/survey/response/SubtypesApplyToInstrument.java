package org.taplatform.survey.response;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.taplatform.reference.ReferenceData;

/** Each stated need's TA subtype must apply to the response's instrument (e.g. firearms marking: FIREARMS only). */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = SubtypesApplyToInstrument.Validator.class)
public @interface SubtypesApplyToInstrument {

    String message() default "does not apply to the response's instrument";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SubtypesApplyToInstrument, SubmitResponseRequest> {
        @Override
        public boolean isValid(SubmitResponseRequest request, ConstraintValidatorContext context) {
            if (request.instrument() == null || request.needs() == null) {
                return true; // reported by the field constraints
            }
            boolean valid = true;
            for (int i = 0; i < request.needs().size(); i++) {
                var need = request.needs().get(i);
                if (need == null || need.taSubtype() == null) {
                    continue;
                }
                boolean applies = ReferenceData.instance().taSubtype(need.taSubtype())
                        .map(subtype -> subtype.appliesTo(request.instrument()))
                        .orElse(true); // an unknown code is reported by @TaSubtypeCode
                if (!applies) {
                    valid = false;
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(
                            "TA subtype " + need.taSubtype() + " does not apply to " + request.instrument())
                            .addPropertyNode("needs").addPropertyNode("taSubtype").inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
