package com.voicepact.application.phone.port.in;

import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.util.List;

/** An operator's SMS: recipients, text, the log's type for it, and the contract it is about (or null). */
public record SendSmsCommand(List<PhoneNumber> to, String text, String type, ContractId contract) {}
