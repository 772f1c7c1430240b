package com.voicepact.application.contract.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PlainText;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.TermMarks;
import java.util.List;

/**
 * A contract to create PENDING. {@code uncertain} are the terms a call left in doubt (none for terms typed in); the
 * summary SMS marks them. {@code reservedId} is the id a voice draft was given when its call lacked terms (so every
 * SMS about it names one id); null for the next id of the sequence.
 */
public record CreateContractCommand(
        ContractType type,
        List<Party> parties,
        ContractTerms terms,
        String transcript,
        Actor actor,
        TermMarks uncertain,
        ContractId reservedId) {

    /** Terms as typed in or all heard with confidence: nothing marked. */
    public CreateContractCommand(
            ContractType type, List<Party> parties, ContractTerms terms, String transcript, Actor actor) {
        this(type, parties, terms, transcript, actor, TermMarks.none(), null);
    }

    public CreateContractCommand {
        InvalidValueException.require(type != null, "contract type is required");
        InvalidValueException.require(parties != null && parties.size() >= 2, "a contract needs at least two parties");
        InvalidValueException.require(terms != null, "terms are required");
        InvalidValueException.require(actor != null, "actor is required");
        parties = List.copyOf(parties);
        requirePlainText(terms, parties);
        transcript = transcript == null ? "" : transcript;
        uncertain = uncertain == null ? TermMarks.none() : uncertain;
    }

    /**
     * The one free-text rule ({@link PlainText}) on every text of the deal, whatever the entry; a
     * transcript's words are cleaned before they get here, so only text typed into the API is refused.
     */
    private static void requirePlainText(ContractTerms terms, List<Party> parties) {
        PlainText.require(terms.product(), "product");
        PlainText.require(terms.quantity() == null ? null : terms.quantity().unit(), "unit");
        PlainText.require(terms.deliveryLocation(), "delivery_location");
        PlainText.require(terms.qualityRequirements(), "quality_requirements");
        PlainText.require(terms.paymentTerms(), "payment_terms");
        parties.forEach(p -> PlainText.require(p.name(), "party name"));
    }

    /** The original product's {@code /create/manual}: terms typed in, with a generated transcript line. */
    public static CreateContractCommand manual(
            ContractType type, List<Party> parties, ContractTerms terms, Actor actor) {
        InvalidValueException.require(terms != null, "terms are required");
        String quantity = terms.quantity() == null ? "" : " - " + terms.quantity();
        String transcript = "Manual contract creation: " + terms.product() + quantity + " for " + terms.total();
        return new CreateContractCommand(type, parties, terms, transcript, actor);
    }
}
