package dev.lookasidelint.analyzer.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The header folders of an installed Windows Driver Kit, laid out as the WDK installs them
 * ({@code Windows Kits/10/Include/<sdk version>/km}, {@code .../km/crt}, {@code .../shared} and
 * {@code Windows Kits/10/Include/wdf/kmdf/<KMDF version>}), in the order a kernel-mode build searches
 * them. The folder given may be the kit ({@code Windows Kits/10}), its {@code Include} folder or one
 * SDK version's folder. The SDK and KMDF versions are the ones the project asks for when they are
 * installed, else the newest installed, with a note saying so. Names are matched without regard to
 * case: a kit copied from Windows keeps its spelling, the includes do not.
 *
 * @param sdkVersion         the SDK version folder used, e.g. {@code 10.0.22621.0}
 * @param kmdfVersion        the KMDF version folder used, or null when the kit has no KMDF headers
 * @param includeDirectories the folders to search, after the project's own
 * @param notes              what the user should know (a version asked for but not installed)
 */
public record WdkInstallation(String sdkVersion, String kmdfVersion, List<Path> includeDirectories, List<String> notes) {

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)+");

    /** The kit at {@code given} could not be used: the message says why, in words. */
    public static final class NotAWdkException extends Exception {
        public NotAWdkException(String message) {
            super(message);
        }
    }

    public WdkInstallation {
        includeDirectories = List.copyOf(includeDirectories);
        notes = List.copyOf(notes);
    }

    /**
     * Finds the kit's folders. {@code wantedSdk} and {@code wantedKmdf} come from the project
     * ({@code TargetPlatformVersion}, {@code KMDF_VERSION_MAJOR.MINOR}) and may be null.
     */
    public static WdkInstallation locate(Path given, String wantedSdk, String wantedKmdf) throws NotAWdkException {
        if (!Files.isDirectory(given)) throw new NotAWdkException(given + ": no such folder (--wdk-root)");
        Path include;
        String onlyVersion = null;
        if (hasKernelHeaders(given)) {
            // one SDK version's folder: its parent holds the other versions and wdf/
            include = given.toAbsolutePath().normalize().getParent();
            onlyVersion = given.getFileName().toString();
        } else {
            include = child(given, "Include").orElse(given);
        }
        List<String> notes = new ArrayList<>();
        List<String> sdks = onlyVersion != null ? List.of(onlyVersion) : versions(include, true);
        if (sdks.isEmpty()) {
            throw new NotAWdkException(given + ": not a Windows Driver Kit: no Include/<version>/km/wdm.h under it (--wdk-root"
                    + " takes the kit's folder, such as 'Windows Kits/10')");
        }
        String sdk = choose(sdks, wantedSdk, "Windows SDK", notes);
        Path version = child(include, sdk).orElseThrow();
        Path km = child(version, "km").orElseThrow();
        List<Path> folders = new ArrayList<>();
        String kmdf = null;
        Optional<Path> kmdfRoot = child(include, "wdf").flatMap(w -> child(w, "kmdf"));
        if (kmdfRoot.isPresent()) {
            List<String> kmdfs = versions(kmdfRoot.get(), false);
            if (!kmdfs.isEmpty()) {
                kmdf = choose(kmdfs, wantedKmdf, "KMDF", notes);
                folders.add(child(kmdfRoot.get(), kmdf).orElseThrow());
            }
        } else if (wantedKmdf != null) {
            notes.add("the project is a KMDF " + wantedKmdf + " driver, but the kit has no KMDF headers (Include/wdf/kmdf)");
        }
        folders.add(km);
        child(km, "crt").ifPresent(folders::add);
        child(version, "shared").ifPresent(folders::add);
        return new WdkInstallation(sdk, kmdf, folders, notes);
    }

    /**
     * The wanted version when it is installed, else the newest, with a note when one was wanted. A version
     * without a dot ({@code KMDF_VERSION_MAJOR} alone, the minor left to the kit's default) is the newest
     * installed with that major number, as the WDK's build picks it.
     */
    private static String choose(List<String> installed, String wanted, String what, List<String> notes) {
        if (wanted != null) {
            String w = wanted.trim();
            for (int i = installed.size() - 1; i >= 0; i--) {
                String v = installed.get(i);
                if (v.equalsIgnoreCase(w) || !w.contains(".") && v.startsWith(w + ".")) return v;
            }
        }
        String newest = installed.get(installed.size() - 1);
        if (wanted != null && !wanted.isBlank()) {
            notes.add("the project asks for " + what + " " + wanted.trim() + ", which the kit does not have: using " + newest);
        }
        return newest;
    }

    /** Version-named subfolders, oldest first; with {@code kernel} only those that hold km/wdm.h. */
    private static List<String> versions(Path folder, boolean kernel) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory)
                    .filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !kernel || hasKernelHeaders(p))
                    .map(p -> p.getFileName().toString())
                    .sorted(WdkInstallation::compareVersions)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean hasKernelHeaders(Path versionFolder) {
        return child(versionFolder, "km").flatMap(km -> child(km, "wdm.h")).isPresent();
    }

    /** {@code 10.0.9200.0} before {@code 10.0.22621.0}: numbers compared as numbers. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0, q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) return Long.compare(p, q);
        }
        return 0;
    }

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    /** The entry of {@code folder} named {@code name}, in any case (the exact spelling first). */
    private static Optional<Path> child(Path folder, String name) {
        Path exact = folder.resolve(name);
        if (Files.exists(exact)) return Optional.of(exact);
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .min(BY_NAME);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
