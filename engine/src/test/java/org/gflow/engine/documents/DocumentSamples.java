package org.gflow.engine.documents;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gflow.engine.documents.render.DocumentStamp;
import org.gflow.plugin.api.LaoTime;

/** Case variables of the three kinds, as the processes leave them, for the documents' tests. */
public final class DocumentSamples {

    public static final String HOLDER = "ບໍລິສັດ ພົງສະຫວັນ ການຄ້າ ຈຳກັດ";
    public static final String OFFICER = "ທ່ານ ສົມພອນ ວົງສະຫວັນ";
    /** A condition longer than a line, written as Lao is: without spaces between words. */
    public static final String LONG_CONDITION =
            "ຜູ້ຖືໃບອະນຸຍາດຕ້ອງປະຕິບັດຕາມກົດໝາຍວ່າດ້ວຍວິສາຫະກິດແລະລະບຽບການທີ່ກ່ຽວຂ້ອງ"
                    + "ຢ່າງເຂັ້ມງວດໂດຍສະເພາະແມ່ນການລາຍງານຜົນການດຳເນີນທຸລະກິດປະຈຳປີຕໍ່ກະຊວງອຸດສາຫະກຳແລະການຄ້າ";

    private DocumentSamples() {}

    public static Map<String, Object> certificate() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("ministryNameLo", "ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ");
        variables.put("ministryNameEn", "Ministry of Industry and Commerce");
        variables.put("holderName", HOLDER);
        variables.put("permitType", "business-licence");
        variables.put("permitTypeName", "ໃບອະນຸຍາດດຳເນີນທຸລະກິດ");
        variables.put("permitNumber", "MOIC-BL-2026-0042");
        variables.put("validFrom", "2026-11-21");
        variables.put("validUntil", "2031-11-20");
        variables.put("conditions", List.of(LONG_CONDITION, "ຕິດໃບອະນຸຍາດໄວ້ບ່ອນທີ່ເຫັນໄດ້ງ່າຍ"));
        variables.put("approvingOfficer", OFFICER);
        return variables;
    }

    public static Map<String, Object> letter() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("ministryNameLo", "ກະຊວງການເງິນ");
        variables.put("ministryNameEn", "Ministry of Finance");
        variables.put("registryNumber", "0042/ກງ");
        variables.put("registeredAt", "2026-11-21");
        variables.put("recipients", List.of("ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ", "ນະຄອນຫຼວງວຽງຈັນ"));
        variables.put("subject", "ແຈ້ງການກອງປະຊຸມປະຈຳປີ");
        variables.put(
                "letterBody",
                "ກະຊວງການເງິນ ຂໍແຈ້ງໃຫ້ບັນດາພາກສ່ວນທີ່ກ່ຽວຂ້ອງຊາບວ່າ ກອງປະຊຸມປະຈຳປີ ຈະໄດ້ຈັດຂຶ້ນໃນວັນທີ 15/12/2026"
                        + " ທີ່ຫ້ອງປະຊຸມໃຫຍ່ຂອງກະຊວງ.\nຈຶ່ງຮຽນມາເພື່ອຊາບ ແລະ ພິຈາລະນາ.");
        variables.put(
                "attachments", List.of(Map.of("name", "ວາລະກອງປະຊຸມ.pdf"), Map.of("name", "ລາຍຊື່ຜູ້ເຂົ້າຮ່ວມ.xlsx")));
        variables.put(
                "signoffTrail",
                List.of(
                        trailEntry("khamla.mof", "ທ່ານ ຄຳລາ ສີສຸວັນ", 1, "approve", "2026-11-20T02:15:00Z"),
                        trailEntry("bounmy.mof", "ທ່ານ ບຸນມີ ແສງທອງ", 2, "approve", "2026-11-21T01:40:00Z")));
        variables.put("signatory", "ທ່ານ ບຸນມີ ແສງທອງ");
        return variables;
    }

    public static Map<String, Object> answer() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("trackingNumber", "1516-2026-000123");
        variables.put("responsibleOrgNameLo", "ນະຄອນຫຼວງວຽງຈັນ");
        variables.put("publishedAt", "2026-11-21T03:00:00Z");
        variables.put("complaintSummary", "ຖະໜົນໃນບ້ານໂພນສະອາດເປ່ເພທີ່ເຮັດໃຫ້ການສັນຈອນລຳບາກ");
        variables.put("answerText", "ຖະໜົນໄດ້ຮັບການສ້ອມແປງແລ້ວ ໃນວັນທີ 20/11/2026.");
        return variables;
    }

    public static DocumentStamp stamp(String serial) {
        String code = "ABCDEFGHJKMNPQRS";
        return new DocumentStamp(
                serial,
                code,
                "https://gflow.gov.la/verify/" + code,
                ZonedDateTime.of(2026, 11, 21, 10, 30, 0, 0, LaoTime.ZONE));
    }

    private static Map<String, Object> trailEntry(
            String approver, String name, int level, String decision, String time) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("approver", approver);
        entry.put("approverName", name);
        entry.put("level", level);
        entry.put("decision", decision);
        entry.put("comment", "");
        entry.put("time", time);
        return entry;
    }
}
