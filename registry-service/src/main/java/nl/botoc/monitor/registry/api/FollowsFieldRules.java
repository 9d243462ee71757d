package nl.botoc.monitor.registry.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/** Validates a {@link FieldRules} request: one violation per broken rule, on the field the rule names. */
@Documented
@Constraint(validatedBy = FollowsFieldRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FollowsFieldRules {

    String message() default "breaks a rule of the request";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FollowsFieldRules, FieldRules> {
        @Override
        public boolean isValid(FieldRules request, ConstraintValidatorContext context) {
            Map<String, String> broken = request.brokenRules();
            context.disableDefaultConstraintViolation();
            broken.forEach((field, message) -> context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(field)
                    .addConstraintViolation());
            return broken.isEmpty();
        }
    }
}
