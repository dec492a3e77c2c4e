package dev.spinup.model.image;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Deterministic content identities in the registry's own form, {@code sha256:<64 hex digits>}.
 *
 * <p>A simulated layer has no bytes, so its identity is a hash of what defines its content: the parent's digest, the
 * instruction that created it and a content key (a COPY's source hash, say). Identical history gives an identical
 * digest, which is exactly what makes a shared base layer shared.
 */
public final class ContentDigest {

    private static final Pattern FORM = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final HexFormat HEX = HexFormat.of();

    private ContentDigest() {
    }

    /** The digest of {@code parts}, each kept apart from the next so that ("ab", "c") and ("a", "bc") differ. */
    public static String of(String... parts) {
        MessageDigest sha256 = newSha256();
        for (String part : parts) {
            sha256.update(part.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
        }
        return "sha256:" + HEX.formatHex(sha256.digest());
    }

    /** A layer's digest from its parent's digest ("" for the first layer), its instruction and its content key. */
    public static String ofLayer(String parentDigest, String instruction, String contentKey) {
        return of(parentDigest, instruction, contentKey);
    }

    public static boolean isValid(String digest) {
        return digest != null && FORM.matcher(digest).matches();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
