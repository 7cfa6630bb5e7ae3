package org.jcanns.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jcanns.core.io.OutputFileException;
import org.jcanns.core.io.OutputFiles;

/** Output options as the commands check them: the file rules of {@link OutputFiles}, plus notes on the console. */
final class OutputOptions {
    private OutputOptions() {
    }

    /**
     * Reserves output {@code path} of {@code option} in {@code files} (refusing what cannot be written), warning when
     * its name does not end in one of {@code extensions} (the format written does not change with the name).
     */
    static OutputFiles.Output add(OutputFiles files, String option, Path path, String... extensions)
            throws OutputFileException {
        OutputFiles.Output o = files.add(option, path);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (extensions.length > 0 && List.of(extensions).stream().noneMatch(name::endsWith)) {
            System.err.println("jcanns: warning: " + option + " " + path + " does not end in "
                    + String.join(" or ", extensions) + "; the file is written in " + extensions[0]
                    + " format all the same");
        }
        return o;
    }

    /** Says on stderr that {@code what} is not saved because {@code option} was not given. */
    static void noteNotSaved(String option, String what) {
        System.err.println("jcanns: note: no " + option + " given: " + what + " not saved");
    }
}
