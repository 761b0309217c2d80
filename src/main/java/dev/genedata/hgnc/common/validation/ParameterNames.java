package dev.genedata.hgnc.common.validation;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * How request parameters are named to clients: a request record's component {@code approvedFrom} is the
 * parameter {@code approved_from}, as {@code @JsonNaming(SnakeCaseStrategy.class)} on the record reads it.
 */
public final class ParameterNames {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private ParameterNames() {
    }

    /** The parameter's name as clients write it. */
    public static String json(String javaName) {
        return SNAKE_CASE.translate(javaName);
    }

    /** Every parameter a request record takes, in the order of its components. */
    public static List<String> of(Class<?> request) {
        if (!request.isRecord()) {
            return List.of();
        }
        return Arrays.stream(request.getRecordComponents()).map(component -> json(component.getName())).toList();
    }
}
