package org.taplatform.needs.export;

import java.io.IOException;
import java.io.OutputStream;

import org.taplatform.needs.need.Need;
import org.taplatform.needs.need.NeedView;
import org.taplatform.reference.UnLanguage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A JSON array of needs as the API shows them (codes and labels), written element by element. */
final class JsonNeedWriter implements NeedRowWriter {

    private final JsonGenerator json;
    private final UnLanguage language;

    JsonNeedWriter(OutputStream out, ObjectMapper mapper, UnLanguage language) throws IOException {
        this.json = mapper.getFactory().createGenerator(out);
        this.language = language;
        json.writeStartArray();
    }

    @Override
    public void write(Need need) throws IOException {
        json.writeObject(NeedView.of(need, language));
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.close();
    }
}
