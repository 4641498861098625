package org.taplatform.registry.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * Uploaded IATI files, kept in the database with their job in chunks of 1 MB: whichever replica runs the job reads
 * the file (and one that takes a job over from a stopped replica too), and no replica's disk holds anything a job
 * needs. Stored in the transaction that accepts the job; read one chunk at a time (memory stays flat whatever the
 * size); deleted when the job ends.
 */
@ApplicationScoped
public class IatiUploads {

    static final int CHUNK_BYTES = 1 << 20;

    private final AgroalDataSource dataSource;

    IatiUploads(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores the body as the job's file, in the caller's transaction (the job's row written already); the bytes
     * stored, or -1 as soon as they pass the limit (the caller then rolls back, keeping nothing).
     */
    long store(UUID job, InputStream body, long limit) {
        long size = 0;
        byte[] chunk = new byte[CHUNK_BYTES];
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into iati_import_file (job_id, seq, data) values (?, ?, ?)")) {
            int seq = 0;
            for (int filled; (filled = body.readNBytes(chunk, 0, CHUNK_BYTES)) > 0;) {
                size += filled;
                if (size > limit) {
                    return -1;
                }
                insert.setObject(1, job);
                insert.setInt(2, seq++);
                insert.setBytes(3, filled == CHUNK_BYTES ? chunk : Arrays.copyOf(chunk, filled));
                insert.executeUpdate();
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the uploaded file", e);
        }
    }

    /** The job's file from its first byte, one chunk read at a time. */
    InputStream open(UUID job) {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private int next;
            private boolean ended;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                while (position == chunk.length) {
                    if (ended || (chunk = chunk(job, next++)) == null) {
                        ended = true;
                        chunk = new byte[0];
                        position = 0;
                        return -1;
                    }
                    position = 0;
                }
                int count = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, buffer, offset, count);
                position += count;
                return count;
            }
        };
    }

    private byte[] chunk(UUID job, int seq) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select data from iati_import_file where job_id = ? and seq = ?")) {
            select.setObject(1, job);
            select.setInt(2, seq);
            try (ResultSet found = select.executeQuery()) {
                return found.next() ? found.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read chunk " + seq + " of the file of IATI import " + job, e);
        }
    }

    /** Deletes the job's file (its job has ended). */
    void delete(UUID job) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from iati_import_file where job_id = ?")) {
            delete.setObject(1, job);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete the file of IATI import " + job, e);
        }
    }
}
