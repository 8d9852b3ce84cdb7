// Splitting an old one-field contact ("张三 0570-3000001") into person and phone. Used once,
// by migration 0002, for data entered before Unit had two contact fields.
#pragma once
#include <string>
#include <utility>

namespace suiji {

// {person, phone}: the phone is the last space-separated word when it looks like a phone
// number (digits with + - ( ), at least 5 digits); a contact that is only a phone gives
// {"", phone}; anything else stays the person: {contact, ""}.
std::pair<std::string, std::string> split_contact(const std::string& contact);

}  // namespace suiji
