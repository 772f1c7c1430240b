/**
 * The Africa's Talking adapter: SMS, voice and payment gateway ports over AT's HTTP API, and a local
 * AT sandbox. The module is part of the build from the foundation on so that the dependency rules
 * cover it; its client and sandbox are the work of the Africa's Talking issue.
 */
package com.voicepact.adapter.out.africastalking;
