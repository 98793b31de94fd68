package dk.jobandel.procurement.web;

import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.TargetGroup;
import dk.jobandel.procurement.KnowledgeBank;
import dk.jobandel.procurement.core.ClauseKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An article or experience report for the knowledge bank. */
class ArticleForm {

    @NotBlank
    @Size(max = 200)
    private String title = "";

    @NotBlank
    @Size(max = 20000)
    private String body = "";

    private @Nullable ClauseKind clauseKind;
    private @Nullable Long templateId;
    private @Nullable ServiceKind service;
    private @Nullable TargetGroup targetGroup;

    KnowledgeBank.NewArticle toArticle() {
        return new KnowledgeBank.NewArticle(title, body, clauseKind, templateId, service, targetGroup);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public @Nullable ClauseKind getClauseKind() {
        return clauseKind;
    }

    public void setClauseKind(@Nullable ClauseKind clauseKind) {
        this.clauseKind = clauseKind;
    }

    public @Nullable Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(@Nullable Long templateId) {
        this.templateId = templateId;
    }

    public @Nullable ServiceKind getService() {
        return service;
    }

    public void setService(@Nullable ServiceKind service) {
        this.service = service;
    }

    public @Nullable TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(@Nullable TargetGroup targetGroup) {
        this.targetGroup = targetGroup;
    }
}
