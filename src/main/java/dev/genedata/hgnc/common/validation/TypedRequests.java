package dev.genedata.hgnc.common.validation;

import java.lang.reflect.Field;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;

import dev.genedata.hgnc.common.error.Excerpt;
import dev.genedata.hgnc.common.error.InvalidInputException;

/**
 * Reads request bodies into typed request records and checks them with Bean Validation, so that a
 * service receives a valid, normalized value or the client a 400 that names the parameter as it wrote it
 * ({@code filter.chromosome}), says what is allowed and shows what was given. Reading is strict where
 * Jackson is lenient by default: unknown keys, numbers as strings, strings as numbers, fractions as
 * integers and numbers as enum values are all refused, and a body nests at most {@value #MAX_DEPTH} levels.
 */
@ApplicationScoped
public class TypedRequests {

    /** The message of a whole-number parameter with a fixed range. */
    public static final String INTEGER_RANGE = "must be an integer from {min} to {max}";
    /** The message of a text parameter with a length limit. */
    public static final String TEXT_LENGTH = "must be a string of at most {max} characters";
    /** How deeply a request body may nest. */
    public static final int MAX_DEPTH = 10;

    private final ObjectMapper strict;
    private final Validator validator;

    /** Reads requests with a strict copy of the application's mapper and checks them with the validator. */
    public TypedRequests(ObjectMapper mapper, Validator validator) {
        this.strict = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (CoercionInputShape shape : List.of(CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString)) {
            strict.coercionConfigFor(LogicalType.Integer).setCoercion(shape, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            strict.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
        this.validator = validator;
    }

    /**
     * Reads and checks a JSON body.
     *
     * @param body the request body as sent
     * @param type the request record, or a polymorphic interface over records
     * @param example a valid body, quoted in the answer to an empty or non-object body
     * @throws InvalidInputException naming the first thing wrong
     */
    public <T> T read(String body, Class<T> type, String example) {
        String notAnObject = "the request body must be a JSON object like " + example;
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(notAnObject);
        }
        try {
            if (!body.stripLeading().startsWith("{")) {
                strict.readTree(body); // valid JSON of another shape, or a parse error that says where
                throw new InvalidInputException(notAnObject);
            }
            return check(strict.readValue(body, type), false);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(describe(e, body));
        }
    }

    /**
     * Checks a request built from query parameters; the values it quotes are shown as {@code 'value'}, as
     * the other query-parameter errors show them.
     *
     * @throws InvalidInputException naming every parameter that breaks a rule, in path order
     */
    public <T> T checkQuery(T request) {
        return check(request, true);
    }

    private <T> T check(T request, boolean query) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream().map(violation -> describe(violation, query)).sorted()
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private String describe(ConstraintViolation<?> violation, boolean query) {
        List<String> names = new ArrayList<>();
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                names.add(ParameterNames.json(node.getName()));
                last = node.getName();
            }
        }
        StringBuilder message = new StringBuilder(String.join(".", names)).append(' ').append(violation.getMessage());
        Object value = violation.getInvalidValue();
        Field leaf = last == null ? null : declaredField(violation.getLeafBean().getClass(), last);
        Class<?> type = leaf == null ? null : leaf.getType();
        if (violation.getConstraintDescriptor().getAnnotation() instanceof NotNull && type != null && type.isEnum()) {
            message.append(": one of ").append(String.join(", ", enumNames(type)));
        } else if (isScalar(value)) {
            message.append("; got ").append(query ? "'" + Excerpt.of(String.valueOf(value)) + "'" : json(value));
        }
        return message.toString().strip();
    }

    private String describe(JsonProcessingException e, String body) {
        if (cause(e, StreamConstraintsException.class) != null) {
            return "the request body is nested too deeply (at most " + MAX_DEPTH + " levels)";
        }
        if (e instanceof InvalidTypeIdException typeId) {
            return typeIdProblem(typeId);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> path = path(unknown);
            String where = String.join(".", path.subList(0, path.size() - 1));
            return "unknown " + (where.isEmpty() ? "parameter" : where) + " '" + Excerpt.of(unknown.getPropertyName()) + "'"
                    + (where.isEmpty() ? typeSuffix(unknown.getReferringClass()) : "") + "; allowed: "
                    + String.join(", ", ParameterNames.of(unknown.getReferringClass()));
        }
        InputCoercionException outOfRange = cause(e, InputCoercionException.class);
        if ((e instanceof MismatchedInputException || outOfRange != null) && e instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            List<String> path = path(mapping);
            Class<?> target = outOfRange != null ? outOfRange.getTargetType() : ((MismatchedInputException) e).getTargetType();
            return String.join(".", path) + " must be " + expected(target, field(mapping)) + "; got " + given(body, path);
        }
        return "the request body is not valid JSON: " + Excerpt.of(e.getOriginalMessage());
    }

    /** The value at {@code path} in the body as the client wrote it (the body is small: it was read once). */
    private String given(String body, List<String> path) {
        try {
            JsonNode node = strict.readTree(body);
            for (String name : path) {
                node = name.startsWith("[") ? node.path(Integer.parseInt(name.substring(1, name.length() - 1)))
                        : node.path(name);
            }
            return node.isMissingNode() ? "a value of another type" : Excerpt.of(node.toString());
        } catch (JsonProcessingException | NumberFormatException e) {
            return "a value of another type";
        }
    }

    private static <X extends Throwable> X cause(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private String typeIdProblem(InvalidTypeIdException e) {
        Class<?> base = e.getBaseType().getRawClass();
        JsonTypeInfo info = base.getAnnotation(JsonTypeInfo.class);
        String property = info == null || info.property().isEmpty() ? "type" : info.property();
        List<String> names = subtypeNames(base);
        if (e.getTypeId() == null || e.getTypeId().isEmpty()) {
            return property + " is required: one of " + String.join(", ", names);
        }
        return "unknown " + property + " '" + Excerpt.of(e.getTypeId()) + "'; allowed: " + String.join(", ", names);
    }

    /** " for analysis counts" for a subtype of a polymorphic request, else nothing. */
    private static String typeSuffix(Class<?> type) {
        JsonTypeName name = type == null ? null : type.getAnnotation(JsonTypeName.class);
        return name == null ? "" : Arrays.stream(type.getInterfaces())
                .map(parent -> parent.getAnnotation(JsonTypeInfo.class)).filter(Objects::nonNull).findFirst()
                .map(info -> " for " + info.property() + " " + name.value()).orElse("");
    }

    private static List<String> subtypeNames(Class<?> base) {
        return Optional.ofNullable(base.getAnnotation(JsonSubTypes.class)).stream()
                .flatMap(subtypes -> Arrays.stream(subtypes.value()))
                .map(subtype -> subtype.name().isEmpty() ? subtype.value().getAnnotation(JsonTypeName.class).value()
                        : subtype.name()).toList();
    }

    private String expected(Class<?> target, Field field) {
        if (target == null) {
            return "of another type";
        }
        if (target.isEnum()) {
            return "one of " + String.join(", ", enumNames(target));
        }
        if (target == Integer.class || target == int.class) {
            Range range = field == null ? null : field.getAnnotation(Range.class);
            YearUpToNow year = field == null ? null : field.getAnnotation(YearUpToNow.class);
            return range != null ? "an integer from " + range.min() + " to " + range.max()
                    : year != null ? "an integer from " + year.min() + " to " + Year.now(ZoneOffset.UTC).getValue()
                    : "an integer";
        }
        if (target == String.class) {
            Size size = field == null ? null : field.getAnnotation(Size.class);
            return size == null ? "a string" : "a string of at most " + size.max() + " characters";
        }
        if (target.isRecord()) {
            return "an object with any of " + String.join(", ", ParameterNames.of(target));
        }
        return "a " + target.getSimpleName();
    }

    private List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> strict.convertValue(constant, String.class)).toList();
    }

    private static List<String> path(JsonMappingException e) {
        return e.getPath().stream().map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                : "[" + reference.getIndex() + "]").toList();
    }

    /** The record field the failing value was meant for, for its range or length. */
    private static Field field(JsonMappingException e) {
        JsonMappingException.Reference last = e.getPath().get(e.getPath().size() - 1);
        Object from = last.getFrom();
        Class<?> owner = from instanceof Class<?> type ? type : from == null ? null : from.getClass();
        if (owner == null || !owner.isRecord() || last.getFieldName() == null) {
            return null;
        }
        return Arrays.stream(owner.getRecordComponents())
                .filter(component -> ParameterNames.json(component.getName()).equals(last.getFieldName()))
                .findFirst().map(component -> declaredField(owner, component.getName())).orElse(null);
    }

    private static Field declaredField(Class<?> owner, String name) {
        try {
            return owner.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean isScalar(Object value) {
        return value instanceof Number || value instanceof CharSequence || value instanceof Boolean || value instanceof Enum;
    }

    private String json(Object value) {
        try {
            return Excerpt.of(strict.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            return Excerpt.of(String.valueOf(value));
        }
    }

}
