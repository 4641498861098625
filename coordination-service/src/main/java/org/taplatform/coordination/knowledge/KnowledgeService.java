package org.taplatform.coordination.knowledge;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.reference.security.Caller;

/** The knowledge beside needs: tools and lessons read once per report (small tables), chosen per need. */
@ApplicationScoped
public class KnowledgeService {

    @Transactional
    public KnowledgeLibrary library() {
        return new KnowledgeLibrary(ToolReadModel.list("withdrawn", false), LessonReadModel.listAll());
    }

    /** Beside one need the caller may see; empty when there is no such need or the caller may not see it. */
    @Transactional
    public Optional<Beside> beside(UUID needId, Caller caller) {
        return NeedReadModel.<NeedReadModel>findByIdOptional(needId)
                .filter(need -> need.consent.allows(caller.roles(), caller.country().orElse(null), need.country))
                .map(need -> library().beside(need));
    }
}
