package org.taplatform.reference.hygiene;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every string read from a JSON body ({@code "\u0000"} included) goes through {@link InputText}: one that holds a
 * NUL or another control character fails the body's mapping, which the problem mappers answer with a 400 naming the
 * field, before any resource runs.
 */
@Singleton
public class ControlCharacterRefusingStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("control-character-refusing-strings")
                .addDeserializer(String.class, new Refusing()));
    }

    static final class Refusing extends StdScalarDeserializer<String> {

        Refusing() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && InputText.hasForbiddenCharacter(value)) {
                throw InvalidFormatException.from(parser, InputText.REFUSAL, value, String.class);
            }
            return value;
        }
    }
}
