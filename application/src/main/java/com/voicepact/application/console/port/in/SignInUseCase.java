package com.voicepact.application.console.port.in;

public interface SignInUseCase {

    /**
     * Checks the presented operator key and begins a session; audits the sign-in, the failure or the lockout.
     *
     * @throws WrongOperatorKeyException the key is no operator's key
     * @throws SignInLockedException too many wrong keys came from the client's address within the lockout window
     *     (checked before the key, so a right key is refused too while locked out)
     */
    SignedIn signIn(SignInCommand command);
}
