package org.tongban.license;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 证照标识 in the shape of GB/T 36904: {@code 1.2.156.3005.2.<类型代码>.<颁发机构代码>.<编号段>.<版本>.<校验位>}.
 * <ul>
 *   <li>类型代码: the 18-character credit code of the department that defines the type, then a 3-digit sequence;</li>
 *   <li>颁发机构代码: the issuer's 18-character credit code (some provinces use a 6-digit region code);</li>
 *   <li>编号段: 1–32 digits or capital letters (a year and a sequence here);</li>
 *   <li>版本: 3 digits, {@code 001} for the first issue, counting up with every 延续 or 变更;</li>
 *   <li>校验位: one character of {@code 0-9A-Z}, ISO/IEC 7064 MOD 37,36 (hybrid system) over the four parts
 *       joined without dots, digits worth 0–9 and letters 10–35: P starts at 36; for each character,
 *       S = (P + value) mod 36, 0 read as 36, P = 2S mod 37; the check character's value X makes
 *       (P + X) mod 36 = 1.</li>
 * </ul>
 * The standard's text was not at hand: the algorithm reproduces a published identifier of 住建部's
 * ({@code …W011.11430000006122244L.20230000403.002.S}); decision 18 says what else was checked.
 */
public record LicenseIdentifier(String typeCode, String issuerCode, String serial, int version) {

    /** The OID arc of electronic licenses (证照) under which every identifier sits. */
    public static final String ROOT = "1.2.156.3005.2";

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern TYPE_CODE = Pattern.compile("[0-9A-Z]{18}\\d{3}");
    private static final Pattern ISSUER_CODE = Pattern.compile("[0-9A-Z]{18}|\\d{6}");
    private static final Pattern SERIAL = Pattern.compile("[0-9A-Z]{1,32}");
    private static final Pattern WHOLE = Pattern.compile(
            Pattern.quote(ROOT) + "\\.([0-9A-Z]{21})\\.([0-9A-Z]{6,18})\\.([0-9A-Z]{1,32})\\.(\\d{3})\\.([0-9A-Z])");

    public LicenseIdentifier {
        if (typeCode == null || !TYPE_CODE.matcher(typeCode).matches()) {
            throw new IllegalArgumentException("a license type code is 18 characters and 3 digits: " + typeCode);
        }
        if (issuerCode == null || !ISSUER_CODE.matcher(issuerCode).matches()) {
            throw new IllegalArgumentException("an issuer code is a credit code or a region code: " + issuerCode);
        }
        if (serial == null || !SERIAL.matcher(serial).matches()) {
            throw new IllegalArgumentException("a serial is 1 to 32 digits or capital letters: " + serial);
        }
        if (version < 1 || version > 999) {
            throw new IllegalArgumentException("a version runs from 001 to 999: " + version);
        }
    }

    /**
     * The identifier this text spells, when it has the shape and its check character is right; text that
     * is not one (a typing error, a forged QR) is empty, never an exception.
     */
    public static Optional<LicenseIdentifier> parse(String text) {
        if (text == null || text.length() > 120) {
            return Optional.empty();
        }
        Matcher m = WHOLE.matcher(text.strip());
        if (!m.matches() || !TYPE_CODE.matcher(m.group(1)).matches() || !ISSUER_CODE.matcher(m.group(2)).matches()) {
            return Optional.empty();
        }
        int version = Integer.parseInt(m.group(4));
        if (version < 1) {
            return Optional.empty();
        }
        LicenseIdentifier id = new LicenseIdentifier(m.group(1), m.group(2), m.group(3), version);
        return id.check() == m.group(5).charAt(0) ? Optional.of(id) : Optional.empty();
    }

    /** The check character of the four parts. */
    public char check() {
        return checkCharacter(typeCode + issuerCode + serial + versionText());
    }

    /** ISO/IEC 7064 MOD 37,36 over digits and capital letters. */
    static char checkCharacter(String text) {
        int p = 36;
        for (int i = 0; i < text.length(); i++) {
            int value = ALPHABET.indexOf(text.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("only digits and capital letters have a value: " + text);
            }
            int s = (p + value) % 36;
            p = (s == 0 ? 36 : s) * 2 % 37;
        }
        return ALPHABET.charAt(Math.floorMod(1 - p, 36));
    }

    public String versionText() {
        return "%03d".formatted(version);
    }

    /** The same license in its next version (延续, 变更), with the same serial. */
    public LicenseIdentifier next() {
        return new LicenseIdentifier(typeCode, issuerCode, serial, version + 1);
    }

    @Override
    public String toString() {
        return String.join(".", ROOT, typeCode, issuerCode, serial, versionText(), String.valueOf(check()));
    }
}
