package org.llmatlas.repair;

/** Which code points may appear in a note at all; anything else is never chosen as a repair. */
final class Plausible {
    private Plausible() {
    }

    /** Assigned, printable, not private-use, not a surrogate, not a noncharacter. */
    static boolean character(int c) {
        if (!Character.isDefined(c) || (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.PRIVATE_USE
                && type != Character.SURROGATE && type != Character.UNASSIGNED;
    }
}
