package com.voicepact.bootstrap.architecture.archfixture.adapter.in.web;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;

/** Takes a token without saying it is a path variable: the framework would look for it in the form body. */
public class UnsourcedTokenController {
    @Post("/hook/{+token}")
    public String hook(String token, @Body String body) {
        return token + body;
    }
}
