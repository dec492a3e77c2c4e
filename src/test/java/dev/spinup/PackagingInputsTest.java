package dev.spinup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * What scripts/package feeds jpackage, checked without running jpackage (too slow for every build): the launcher
 * class it names is the jar's manifest main class and can start, the icons it names exist and decode, and the
 * licence file it bundles exists and is the one the README states. The packaged app itself is proven by hand
 * (docs/packaging.md), not here.
 */
class PackagingInputsTest {

    private static final Path SCRIPT = Path.of("scripts/package");

    private static String script() throws Exception {
        return Files.readString(SCRIPT);
    }

    private static String scriptValue(String variable) throws Exception {
        Matcher m = Pattern.compile(variable + "=\"([^\"]+)\"").matcher(script());
        assertTrue(m.find(), "scripts/package sets " + variable);
        return m.group(1);
    }

    @Test
    void theScriptIsExecutableAndLaunchesTheJarsManifestMainClass() throws Exception {
        assertTrue(Files.isExecutable(SCRIPT));
        String mainClass = scriptValue("main_class");
        Matcher pom = Pattern.compile("<mainClass>([^<$]+)</mainClass>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pom.find(), "pom.xml names the shade manifest's main class");
        assertEquals(pom.group(1), mainClass);
        Method main = Class.forName(mainClass).getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(main.getModifiers()) && Modifier.isPublic(main.getModifiers()));
    }

    @Test
    void theIconsTheScriptNamesExistAndDecode() throws Exception {
        Path icons = Path.of(scriptValue("icon_dir"));
        BufferedImage png = ImageIO.read(icons.resolve("spinup-256.png").toFile());
        assertNotNull(png);
        assertEquals(256, png.getWidth());
        byte[] ico = Files.readAllBytes(icons.resolve("spinup.ico"));
        // An ICO file starts with reserved 0, type 1 (icon), then the number of images: six sizes.
        assertEquals(0, ico[0] | ico[1]);
        assertEquals(1, ico[2]);
        assertEquals(6, ico[4]);
        assertTrue(script().contains("$icon_dir/spinup-256.png") && script().contains("$icon_dir/spinup.ico"));
    }

    @Test
    void theBundledLicenceIsApacheTwoAsTheReadmeSays() throws Exception {
        String licence = Files.readString(Path.of("LICENSE"));
        assertTrue(licence.strip().startsWith("Apache License"), licence.substring(0, 60));
        assertTrue(licence.contains("Version 2.0, January 2004"));
        assertTrue(Files.readString(Path.of("README.md")).contains("Apache License 2.0"));
        assertTrue(script().contains("--license-file LICENSE"));
    }

    @Test
    void theLauncherAnswersVersionWithoutAWindow() {
        assertEquals(0, dev.spinup.cli.SpinupCommand.execute(new String[] {"--version"}));
    }
}
