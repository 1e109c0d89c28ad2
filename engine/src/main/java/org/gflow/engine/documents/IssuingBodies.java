package org.gflow.engine.documents;

import java.util.Map;
import java.util.Optional;
import org.gflow.engine.documents.layout.LocalizedText;

/**
 * The names of the organisations G-Flow issues documents for, by their short code (the same
 * codes as the directory's {@code ou} and the groups' prefix): how a letterhead names them, how
 * a letter names its recipients, and which recipients are organisations.
 */
public final class IssuingBodies {

    private static final Map<String, LocalizedText> NAMES = Map.of(
            "opm", new LocalizedText("ຫ້ອງວ່າການສຳນັກງານນາຍົກລັດຖະມົນຕີ", "Prime Minister's Office"),
            "mtc", new LocalizedText("ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ", "Ministry of Technology and Communications"),
            "moic", new LocalizedText("ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ", "Ministry of Industry and Commerce"),
            "monre", new LocalizedText("ກະຊວງຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ", "Ministry of Natural Resources and Environment"),
            "mof", new LocalizedText("ກະຊວງການເງິນ", "Ministry of Finance"),
            "vientiane", new LocalizedText("ນະຄອນຫຼວງວຽງຈັນ", "Vientiane Capital"),
            "bokeo", new LocalizedText("ແຂວງບໍ່ແກ້ວ", "Bokeo Province"),
            "xaisomboun", new LocalizedText("ແຂວງໄຊສົມບູນ", "Xaisomboun Province"));

    private IssuingBodies() {
    }

    /** The organisation's name, for a code such as {@code moic}. */
    public static Optional<LocalizedText> named(Object code) {
        return code == null ? Optional.empty() : Optional.ofNullable(NAMES.get(code.toString().strip()));
    }
}
