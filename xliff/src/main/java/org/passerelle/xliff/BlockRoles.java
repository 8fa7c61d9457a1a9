package org.passerelle.xliff;

import org.passerelle.core.BlockRole;

/** The block role a unit's type stands for, in the 1.2 and 2.x spellings we write. */
final class BlockRoles {

    private BlockRoles() {
    }

    /** "x-body" (1.2), "passerelle:body" (2.x) → BODY; anything else (another tool's file) → BODY. */
    static BlockRole fromType(String type) {
        if (type == null) {
            return BlockRole.BODY;
        }
        String id = type.startsWith(ArticleXliff.RESTYPE_PREFIX) ? type.substring(ArticleXliff.RESTYPE_PREFIX.length())
                : type.startsWith(ArticleXliff.TYPE_PREFIX) ? type.substring(ArticleXliff.TYPE_PREFIX.length()) : null;
        if (id == null) {
            return BlockRole.BODY;
        }
        try {
            return BlockRole.fromId(id);
        } catch (IllegalArgumentException e) {
            return BlockRole.BODY;
        }
    }
}
