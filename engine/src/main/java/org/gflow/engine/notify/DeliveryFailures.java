package org.gflow.engine.notify;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Event;
import org.springframework.stereotype.Component;

/**
 * Tells a case's office that a message of the case could not be delivered: a line in the case's
 * history, which the inbox shows on the case to everyone who works on it. Written even when the
 * case has ended (an answer's message often fails after its case closed), so it is added as a
 * history comment directly rather than through the task service, which wants a running case.
 */
@Component
class DeliveryFailures {

    private final ProcessEngine engine;

    DeliveryFailures(ProcessEngine engine) {
        this.engine = engine;
    }

    void tellOffice(OutboxMessage message, String error) {
        if (message.processInstanceId() == null) {
            return;
        }
        HistoricProcessInstance instance = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(message.processInstanceId())
                .singleResult();
        if (instance == null) {
            return;
        }
        String text = describe(message, error);
        Command<Void> addComment = context -> {
            CommentEntity comment = new CommentEntity();
            comment.setType(CommentEntity.TYPE_COMMENT);
            comment.setTime(ClockUtil.getCurrentTime());
            comment.setProcessInstanceId(instance.getId());
            comment.setRootProcessInstanceId(instance.getRootProcessInstanceId());
            comment.setTenantId(instance.getTenantId());
            comment.setRemovalTime(instance.getRemovalTime());
            comment.setAction(Event.ACTION_ADD_COMMENT);
            comment.setMessage(text);
            comment.setFullMessage(text);
            context.getCommentManager().insert(comment);
            return null;
        };
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(addComment);
    }

    /** In Lao, for the office; the address and the server's answer so they can act on it. */
    static String describe(OutboxMessage message, String error) {
        String how = switch (message.channel()) {
            case Recipient.SMS -> "SMS";
            default -> "ອີເມວ";
        };
        return "ສົ່ງ" + how + " \"" + message.subject() + "\" ເຖິງ " + message.recipient()
                + " ບໍ່ສຳເລັດ ຫຼັງຈາກພະຍາຍາມ " + (message.attempts() + 1)
                + " ເທື່ອ. ກະລຸນາຕິດຕໍ່ຫາຜູ້ກ່ຽວທາງອື່ນ. (" + error + ")";
    }
}
