package org.dssamap.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The catalogs that ship with the library. The definitions are our own words; each names the framework it
 * follows, as the working group asked ("here are the definitions according to ... ").
 */
final class BundledCatalogs {
  private BundledCatalogs() {}

  static final FunctionCatalog DSSA_2012 = FunctionCatalog.of("dssa-2012",
      "DSSA working group functions, August 2012",
      ImmutableList.of(
          SecurityFunction.of("risk-planning", "Risk planning",
              "Deciding, before anything goes wrong, which risks to the DNS an organization will manage and how: "
                  + "setting the context and risk criteria, assigning owners, choosing to avoid, reduce, share or "
                  + "accept each risk, and writing that down as a plan that is reviewed on a schedule.",
              "ISO 31000:2009 Risk management, clauses 5.3 (establishing the context) and 5.5 (risk treatment); "
                  + "NIST SP 800-39 Managing Information Security Risk, 'frame' step",
              "Every delivery organization must plan for its own risks (edge, internal). Someone must also plan for "
                  + "risks to the system as a whole, which no single operator owns (core, external): the working "
                  + "group's own DNS risk management framework is that kind of work.",
              "edge:internal", "core:external"),
          SecurityFunction.of("risk-assessment", "Risk assessment",
              "Identifying the threats and vulnerabilities that matter, estimating how likely they are and how much "
                  + "harm they would do, and ranking the resulting risks so that treatment can be prioritised; repeated "
                  + "when the system or the threat landscape changes.",
              "NIST SP 800-30 Rev. 1 Guide for Conducting Risk Assessments; ISO 31000:2009 clause 5.4",
              "Operators assess their own systems (edge, internal); regional and community bodies assess shared "
                  + "dependencies for their members (glue, external); the core assesses ecosystem-wide risks such as "
                  + "the root zone (core, external).",
              "edge:internal", "glue:external", "core:external"),
          SecurityFunction.of("compliance-monitoring", "Compliance monitoring",
              "Checking on a schedule that required controls are actually in place and working, against an internal "
                  + "policy or an external standard or contract, and reporting exceptions to whoever can act on them. "
                  + "Internally it is quality assurance; externally it is an audit of others.",
              "ISACA COBIT 5, process MEA02 (monitor, evaluate and assess the system of internal control) and MEA03 "
                  + "(monitor, evaluate and assess compliance with external requirements)",
              "On the call a registry back-end described its compliance work as internal QA (edge, internal); "
                  + "external compliance monitoring of registries and registrars is done from the centre, by the "
                  + "party that holds the contracts (core, external).",
              "edge:internal", "core:external"),
          SecurityFunction.of("event-monitoring", "Event monitoring",
              "Watching systems and traffic continuously for events that may signal an attack, a failure or misuse "
                  + "(query floods, unexpected zone changes, resolution failures), and raising alerts fast enough for "
                  + "someone to act.",
              "NIST SP 800-137 Information Security Continuous Monitoring; NIST SP 800-61 Rev. 2 section 3.2 "
                  + "(detection and analysis)",
              "Operators watch their own services and some watch for customers (edge, both); shared observatories "
                  + "and data-sharing groups watch across operators (glue, external).",
              "edge", "glue:external"),
          SecurityFunction.of("frontline-mitigation", "Frontline mitigation",
              "Acting directly on a live threat to contain or absorb it: filtering and rate limiting, anycast capacity, "
                  + "takedown or suspension of abusive names, sinkholing, emergency changes to zones or servers.",
              "FIRST CSIRT Services Framework 2.1, service area 'Information Security Incident Management', "
                  + "function 'mitigation and recovery'",
              "Mitigation happens where the systems are: operators protect themselves and, as providers, their "
                  + "clients (edge, both).",
              "edge"),
          SecurityFunction.of("technology", "Technology",
              "Building and running the systems that deliver the DNS securely and resiliently: registry and name "
                  + "server software, DNSSEC signing, anycast networks, redundancy and capacity engineering.",
              "NIST SP 800-53 Rev. 5, control families SC (system and communications protection) and CP "
                  + "(contingency planning); NIST SP 800-81-2 Secure Domain Name System Deployment Guide",
              "Operators build their own (edge, internal) and back-end operators and DNS providers build it for "
                  + "others (edge, external).",
              "edge"),
          SecurityFunction.of("operational-practices", "Operational practices",
              "The documented, repeatable ways an operator runs its service safely: change and configuration "
                  + "management, key management, access control, backup, capacity planning, and the sharing of "
                  + "what works as best current practice.",
              "ISO/IEC 27002:2013 clause 12 (operations security); ICANN SSAC advisories on registry and registrar "
                  + "operations; IETF BCPs",
              "Each operator keeps its own practices (edge, internal); operator groups and regional associations "
                  + "turn them into shared best practice (glue, external).",
              "edge:internal", "glue:external"),
          SecurityFunction.of("incident-response", "Incident response",
              "Preparing for, detecting, analysing, containing, eradicating and recovering from security incidents, "
                  + "and learning from them afterwards; externally, coordinating the response across organizations "
                  + "and borders so that an incident at one edge can reach those who can act at another.",
              "NIST SP 800-61 Rev. 2 Computer Security Incident Handling Guide; FIRST CSIRT Services Framework 2.1",
              "Every operator answers for its own incidents (edge, internal); national and sector CERTs coordinate "
                  + "for their constituencies (glue, external). An incident that crosses regions needs someone at the "
                  + "centre who knows whom to reach at the other edge (core, external): the call found that nobody "
                  + "holds this today, a fragmented core.",
              "edge:internal", "glue:external", "core:external"),
          SecurityFunction.of("research-analysis", "Research and analysis",
              "Studying how the DNS behaves and is attacked, from measurements, data sets and incident records, and "
                  + "publishing findings that others can use to improve their defences.",
              "FIRST CSIRT Services Framework 2.1, service area 'Situational Awareness' and 'Knowledge Transfer'; "
                  + "DNS-OARC's stated mission",
              "Organizations research their own traffic and some, like DNS-OARC, make research their mission "
                  + "(edge, both); sharing the results with others is glue work (glue, external).",
              "edge", "glue:external"),
          SecurityFunction.of("standards-tools-techniques", "Standards, tools and techniques",
              "Writing and maintaining the protocols, reference implementations, tools and documented techniques the "
                  + "ecosystem relies on, and the process that makes them standards.",
              "IETF standards process (RFC 2026); NIST SP 800-81-2",
              "Operators keep internal tools and techniques (edge, internal); communities share them (glue, "
                  + "external); protocol parameters and the standards process are kept at the core (core, "
                  + "external).",
              "edge:internal", "glue:external", "core:external"),
          SecurityFunction.of("training", "Training",
              "Building the skills people need to run and protect the DNS: courses, exercises, documentation and "
                  + "mentoring, for an organization's own staff or for the wider community.",
              "NIST SP 800-50 Building an Information Technology Security Awareness and Training Program; FIRST "
                  + "CSIRT Services Framework 2.1, 'Knowledge Transfer'",
              "Every operator trains its own staff (edge, internal); regional TLD organizations, RIRs and ICANN "
                  + "run community training (glue, external).",
              "edge:internal", "glue:external")));

  static final ImmutableMap<String, FunctionCatalog> BY_ID = ImmutableMap.of(DSSA_2012.id(), DSSA_2012);
}
