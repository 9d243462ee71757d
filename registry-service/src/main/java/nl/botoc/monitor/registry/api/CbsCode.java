package nl.botoc.monitor.registry.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.botoc.monitor.contract.Municipalities;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A CBS municipality code as the contract defines it ({@link Municipalities#CBS_CODE}), e.g. GM0363. */
@Documented
@Constraint(validatedBy = CbsCode.Validator.class)
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CbsCode {

    String message() default "must be a CBS municipality code: GM and four digits, e.g. GM0363";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CbsCode, String> {
        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return Municipalities.isValidCode(code);
        }
    }
}
