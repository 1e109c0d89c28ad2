package org.gflow.engine.documents.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Keeps PDFs as files, {@code <root>/<year>/<id>.pdf}, for archives too large for the database.
 * A file is written under a temporary name and moved into place, so a reader never sees half.
 */
public final class FilePdfStore implements PdfStore {

    private final Path root;

    public FilePdfStore(Path root) {
        this.root = root;
    }

    @Override
    public void put(ArchivedDocument document, byte[] pdf) {
        Path file = fileOf(document);
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), document.id(), ".part");
            Files.write(partial, pdf);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException(
                    "cannot store the PDF of document " + document.serial() + " in " + file, failure);
        }
    }

    @Override
    public Optional<byte[]> get(ArchivedDocument document) {
        try {
            return Optional.of(Files.readAllBytes(fileOf(document)));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the PDF of document " + document.serial(), failure);
        }
    }

    private Path fileOf(ArchivedDocument document) {
        int year = document.issuedAt().atZone(ZoneOffset.UTC).getYear();
        return root.resolve(String.valueOf(year)).resolve(document.id() + ".pdf");
    }
}
