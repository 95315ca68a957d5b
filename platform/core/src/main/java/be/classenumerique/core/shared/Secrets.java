package be.classenumerique.core.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Random codes people copy from paper, and the hashes under which such codes are stored. */
public final class Secrets {

    /** Letters and digits that cannot be mistaken for one another on paper or a board (no 0/O, 1/I/L). */
    public static final String UNAMBIGUOUS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private Secrets() {}

    /**
     * @param random a strong random source
     * @param length how many characters
     * @return a code over {@link #UNAMBIGUOUS}
     */
    public static String code(SecureRandom random, int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(UNAMBIGUOUS.charAt(random.nextInt(UNAMBIGUOUS.length())));
        }
        return code.toString();
    }

    /**
     * @param random a strong random source
     * @return twelve characters over {@link #UNAMBIGUOUS} in groups of four, e.g. {@code ABCD-EFGH-JKMN}:
     *     what people copy from a letter or a screen
     */
    public static String grouped(SecureRandom random) {
        String code = code(random, 12);
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /**
     * The stored form of a long random secret (a card token, an invitation code): enough entropy that an
     * adaptive hash is not needed, and a lookup by id stays possible.
     *
     * @param secret the secret
     * @return its SHA-256, in hexadecimal
     */
    public static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
