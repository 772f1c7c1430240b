package com.voicepact.application.fakes;

import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.messaging.Language;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryLanguagePreferences implements LanguagePreferences {

    private final Map<PhoneNumber, Language> choices = new ConcurrentHashMap<>();

    @Override
    public Optional<Language> languageOf(PhoneNumber phone) {
        return Optional.ofNullable(choices.get(phone));
    }

    @Override
    public void choose(PhoneNumber phone, Language language) {
        choices.put(phone, language);
    }
}
