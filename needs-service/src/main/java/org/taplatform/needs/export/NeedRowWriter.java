package org.taplatform.needs.export;

import java.io.IOException;

import org.taplatform.needs.need.Need;

/** Writes needs one at a time to an export file; nothing is held but the current row. */
interface NeedRowWriter extends AutoCloseable {

    void write(Need need) throws IOException;

    @Override
    void close() throws IOException;
}
