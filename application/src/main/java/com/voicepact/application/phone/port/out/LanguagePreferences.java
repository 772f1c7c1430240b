package com.voicepact.application.phone.port.out;

import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.messaging.Language;
import java.util.Optional;

/** The language each phone chose (USSD 4 → 1); phones that never chose get the configured default. */
public interface LanguagePreferences {

    Optional<Language> languageOf(PhoneNumber phone);

    void choose(PhoneNumber phone, Language language);
}
