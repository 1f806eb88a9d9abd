package io.vertiform.components.resource;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.session.SessionContext;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Where {@code vertiform_secret_note} keeps its notes: one small file per note, holding the digest and the
 * version — never the secret. Files outlive the provider process, so a later {@code terraform import} finds
 * what an earlier apply made. The directory is {@code VERTIFORM_SECRET_NOTE_DIR} from the session's
 * environment, else {@code .vertiform/secret-notes} under the session's working directory.
 */
final class NoteStore {

    static final String DIR_VARIABLE = "VERTIFORM_SECRET_NOTE_DIR";

    /** What is stored about one note. */
    record Note(String digest, String version) {
    }

    private final Path dir;

    private NoteStore(Path dir) {
        this.dir = dir;
    }

    static NoteStore of(SessionContext session) {
        Optional<String> configured = session.env(DIR_VARIABLE).filter(s -> !s.isEmpty());
        String where = configured.orElse(".vertiform/secret-notes");
        return new NoteStore(LocalPaths.resolve(session, where, "name"));
    }

    Optional<Note> get(String name) {
        Path p = file(name);
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw LocalPaths.failure("name", "read note", p, e);
        }
        Properties props = new Properties();
        try (Reader r = new StringReader(text)) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String digest = props.getProperty("digest");
        if (digest == null) {
            throw ProviderException.validation(AttributePath.of("name"), "Damaged note",
                    p + " has no digest; delete it and apply again.");
        }
        return Optional.of(new Note(digest, props.getProperty("version")));
    }

    void put(String name, Note note) {
        Path p = file(name);
        Properties props = new Properties();
        props.setProperty("digest", note.digest());
        if (note.version() != null) {
            props.setProperty("version", note.version());
        }
        StringWriter text = new StringWriter();
        try {
            props.store(text, null);
            Files.createDirectories(dir);
            // Write then rename, so a concurrent import never sees half a file.
            Path tmp = Files.createTempFile(dir, ".note", ".tmp");
            Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw LocalPaths.failure("name", "write note", p, e);
        }
    }

    void remove(String name) {
        Path p = file(name);
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw LocalPaths.failure("name", "delete note", p, e);
        }
    }

    Path file(String name) {
        return dir.resolve(name + ".note");
    }
}
