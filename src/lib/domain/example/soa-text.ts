/**
 * The words of the example SoA, per Annex A 2022 control: why Northwind includes it and how it is
 * done there, or why it is excluded. Our own words; only the ids come from the catalogue.
 */

/** Control id → [why it is included, how it is implemented]. */
export const INCLUDED: Record<string, [string, string]> = {
  'A.5.1': ['The board and customers expect a written, approved security direction.', 'Information security policy approved by the CEO, with five topic policies under it.'],
  'A.5.2': ['Security tasks must be owned by named people, not by “IT”.', 'Roles register in the ISMS app, briefed at all-hands and on the intranet.'],
  'A.5.3': ['Payments and production admin work need a second pair of eyes.', 'Two-person payment release; admin rights granted by someone other than the requester.'],
  'A.5.4': ['Managers must make their teams follow the policies.', 'Policy duties in manager onboarding; quarterly ISMS report to the executive team.'],
  'A.5.5': ['We must reach the regulator and police quickly in a breach.', 'Authority contacts kept in the incident procedure and checked twice a year.'],
  'A.5.6': ['Sector threat sharing helps a small team keep up.', 'Membership of a logistics-sector security forum and the national cyber information-sharing partnership.'],
  'A.5.7': ['Ransomware aimed at logistics calls for early warning.', 'Provider and forum threat feeds reviewed weekly; formal analysis of relevance still being set up.'],
  'A.5.8': ['New features, such as machine learning, can bring new risks.', 'Security and privacy questions in the project kick-off template.'],
  'A.5.9': ['We cannot protect what we have not listed.', 'Asset inventory in the ISMS app, fed by the cloud and device management tools.'],
  'A.5.10': ['Staff need clear rules for laptops, mail and data.', 'Acceptable use policy acknowledged at joining and yearly.'],
  'A.5.11': ['Leavers hold laptops, phones and badges.', 'Leaver checklist in the HR system; return confirmed by IT support.'],
  'A.5.12': ['Customer data, HR data and public material need different handling.', 'Four-level scheme (public, internal, confidential, restricted) in the information security policy.'],
  'A.5.13': ['Staff need to see at a glance how to handle a document.', 'Labels in the office suite for confidential and restricted files; exports not yet labelled.'],
  'A.5.14': ['Customer exports and partner feeds move sensitive data.', 'Encrypted API transfers; exports through expiring links; rules in the acceptable use policy.'],
  'A.5.15': ['Access must follow need-to-know across every system.', 'Access control policy; role-based groups in the identity provider.'],
  'A.5.16': ['Every person needs one identity that starts and ends with their job.', 'Accounts created and disabled from the HR system through the identity provider.'],
  'A.5.17': ['Passwords and keys are the main target of phishing.', 'Password manager for all staff; passkeys rolling out; secrets in a vault.'],
  'A.5.18': ['Rights pile up as people change teams.', 'Quarterly access reviews by system owners, recorded in tickets.'],
  'A.5.19': ['Critical suppliers hold our data or run our service.', 'Supplier security policy; risk rating of each supplier before signing.'],
  'A.5.20': ['Security duties must be written into contracts.', 'Security and data protection schedule in supplier contracts.'],
  'A.5.21': ['Customers ask how we manage open-source and cloud components.', 'Approved component sources, dependency scanning and provider assurance reports.'],
  'A.5.22': ['Supplier security changes over time.', 'Yearly review of critical suppliers; two reviews were late (see NC).'],
  'A.5.23': ['Our whole service runs on a cloud provider.', 'Cloud rules in the supplier policy; account baseline as code; provider reports reviewed.'],
  'A.5.24': ['Incidents need a prepared, practised response.', 'Incident response procedure, on-call rota and yearly tabletop exercise.'],
  'A.5.25': ['Not every alert is an incident; triage must be quick.', 'Triage step with severity criteria in the incident procedure.'],
  'A.5.26': ['Customers and the regulator expect a fast, orderly response.', 'Incident manager rota; response steps and notice templates.'],
  'A.5.27': ['Each incident should make us stronger.', 'Blameless review within two weeks of every significant incident.'],
  'A.5.28': ['A breach may end in a dispute or prosecution.', 'Evidence-handling steps and log preservation in the incident procedure.'],
  'A.5.29': ['Security must hold during a crisis, not just normal days.', 'Continuity plan keeps access control and logging active in degraded mode.'],
  'A.5.30': ['The availability SLA depends on recovering our systems in time.', 'Warm standby region with quarterly failover drills; recovery targets per service.'],
  'A.5.31': ['We must know every law and contract term that binds us.', 'Requirements register in the ISMS app, reviewed by the DPO yearly.'],
  'A.5.32': ['We ship software built on licensed and open-source components.', 'Licence scanning in the pipeline; software purchases through IT.'],
  'A.5.33': ['Contracts and law require us to keep some records and delete others.', 'Retention schedule kept by Legal; records in controlled repositories.'],
  'A.5.34': ['We process driver personal data for customers.', 'Record of processing, impact assessments and DPO review of new uses.'],
  'A.5.35': ['Customers and the board want independent assurance.', 'Yearly internal audit by an independent consultant; certification audit booked.'],
  'A.5.36': ['Policies only work if someone checks they are followed.', 'Quarterly compliance checks by the ISMS manager on sampled controls.'],
  'A.5.37': ['Operations must not depend on what two people remember.', 'Runbooks in the engineering wiki; the riskiest ten being written.'],
  'A.6.1': ['Staff get access to customer data and production.', 'Identity, right-to-work and reference checks before the start date.'],
  'A.6.2': ['Security duties must bind staff from day one.', 'Security and confidentiality clauses in employment and contractor contracts.'],
  'A.6.3': ['Phishing and misdirected data are our most common human risks.', 'Onboarding training, yearly refresher and monthly phishing simulations.'],
  'A.6.4': ['Rules need a fair consequence when broken on purpose.', 'Disciplinary procedure in the staff handbook references the policies.'],
  'A.6.5': ['Leavers must not keep access or take data.', 'Access removed on the last day; confidentiality duties restated at exit.'],
  'A.6.6': ['Contractors, partners and candidates see confidential material.', 'Standard NDA template approved by Legal; signed copies kept in the contract system.'],
  'A.6.7': ['Most staff work from home part of the week.', 'Remote working rules in the acceptable use policy; managed laptops only.'],
  'A.6.8': ['Early reports shorten incidents.', 'Report button in chat and a security mailbox; reports logged by the on-call.'],
  'A.7.1': ['Our floor in a shared building needs a defined boundary.', 'Office floors behind badge-controlled doors; the landlord covers the building shell.'],
  'A.7.2': ['Visitors and other tenants share the building.', 'Badge access to our floors; visitors signed in and escorted.'],
  'A.7.3': ['Meeting rooms and HR offices hold confidential talks and papers.', 'Lockable HR office and cabinets; screens away from windows.'],
  'A.7.5': ['Storms have closed the Leeds office twice.', 'Offices chosen above flood level; staff can work from home when closed.'],
  'A.7.7': ['Visitors walk past desks and printers.', 'Clear desk and screen rules; automatic screen lock after five minutes.'],
  'A.7.9': ['Laptops and phones leave the office every day.', 'Encryption, device management and travel rules for off-site equipment.'],
  'A.7.10': ['Printers and occasional USB drives hold data.', 'USB storage blocked on laptops; printer disks wiped on return.'],
  'A.7.13': ['Laptops and leased printers need repair without exposing data.', 'Repairs by vendor under warranty with drives kept or wiped first.'],
  'A.7.14': ['Old laptops and printers carry readable data.', 'Certified wiping and disposal, with certificates kept by IT support.'],
  'A.8.1': ['Laptops and phones hold mail, code and customer data.', 'Device management enforces encryption, updates, screen lock and remote wipe.'],
  'A.8.2': ['Admin rights in the cloud can change or read anything.', 'Privileged groups reviewed monthly; just-in-time access being introduced.'],
  'A.8.3': ['Customer data must be visible only to those who need it.', 'Tenant isolation in the platform; support access time-limited and logged.'],
  'A.8.4': ['Source code is our main intellectual property.', 'Repository access by team; read access to all only on request.'],
  'A.8.5': ['Stolen passwords are the commonest way in.', 'Single sign-on with multi-factor for all; passkeys for admins.'],
  'A.8.6': ['Demand can triple in weather disruptions.', 'Capacity dashboards, autoscaling and load tests before peak season.'],
  'A.8.7': ['Laptops meet malware through mail and the web.', 'Endpoint protection on every laptop, watched by the managed detection service.'],
  'A.8.8': ['Known flaws are the door ransomware uses.', 'Dependency and image scanning; critical fixes within 14 days (being automated).'],
  'A.8.9': ['Misconfiguration is the commonest cloud failure.', 'Infrastructure as code with reviewed baselines and drift alerts.'],
  'A.8.10': ['Contracts require deletion of customer data at the end of the term.', 'Deletion on contract end, done by hand today; automation in progress.'],
  'A.8.11': ['Support and testing should not need real driver data.', 'Masked data sets planned for support tooling, testing and model training.'],
  'A.8.12': ['One misdirected export already happened.', 'Data loss prevention rules for mail, files and CRM exports planned.'],
  'A.8.13': ['Ransomware and mistakes can destroy data.', 'Immutable backups in a separate account and region; monthly restore tests.'],
  'A.8.14': ['The SLA needs recovery from a regional failure.', 'Multi-zone production with a warm standby region.'],
  'A.8.15': ['Incidents cannot be investigated without logs.', 'Central logging of cloud, identity and application events kept for a year.'],
  'A.8.16': ['Attacks must be spotted day and night.', 'Managed detection service watches logs around the clock; alerts go to on-call.'],
  'A.8.17': ['Logs from many systems must line up in time.', 'All systems use the provider time service; laptops sync automatically.'],
  'A.8.18': ['Some tools can bypass normal controls.', 'Break-glass and root tools held under dual control; their use alerts.'],
  'A.8.19': ['Unvetted software on servers or in builds is a supply chain risk.', 'Immutable images built in the pipeline; laptop software from the managed catalogue.'],
  'A.8.20': ['Production networks carry customer data.', 'Private subnets, security groups and managed firewalls defined as code.'],
  'A.8.21': ['We rely on the provider’s network, DNS and DDoS protection.', 'Managed DDoS protection and DNS with agreed service levels.'],
  'A.8.22': ['Production, staging and office networks must not mix.', 'Separate accounts and virtual networks per environment; guest Wi-Fi isolated.'],
  'A.8.23': ['Phishing pages and malicious downloads come from the web.', 'DNS-based web filtering on all managed laptops.'],
  'A.8.24': ['Data in transit and at rest must be unreadable to outsiders.', 'Cryptography policy; TLS everywhere; managed keys with yearly rotation.'],
  'A.8.25': ['Security has to be built in, not bolted on.', 'Secure development standard; threat models for new services; testing being added.'],
  'A.8.26': ['Customers expect tenant isolation and strong API security.', 'Security requirements in the feature template; API authentication standard.'],
  'A.8.27': ['Architecture choices decide how far a breach spreads.', 'Architecture principles (least privilege, isolation, defence in depth) reviewed by the CTO.'],
  'A.8.28': ['Most platform flaws start in code.', 'Secure coding guidance, peer review of every change, security champions.'],
  'A.8.29': ['Contracts require a yearly penetration test.', 'Yearly external test; automated scans in the pipeline being added.'],
  'A.8.31': ['Test work must not touch production data or systems.', 'Separate accounts for development, staging and production.'],
  'A.8.32': ['Several releases a day need control.', 'Change management procedure; every change reviewed and deployed by the pipeline.'],
  'A.8.33': ['Test data can leak just like production data.', 'Synthetic data in development; masked data sets for staging being built.'],
  'A.8.34': ['Penetration tests and audits touch production.', 'Test windows, scoped accounts and monitoring agreed before each test.'],
};

/** Control id → why it is excluded. None of these appears in a risk’s existing or planned controls. */
export const EXCLUDED: Record<string, string> = {
  'A.7.4':
    'We have no secure areas and no processing or stored customer data in the offices. The landlords monitor the buildings ' +
    'for all tenants; the office break-in risk was assessed and accepted without any monitoring of our own.',
  'A.7.6':
    'There are no server rooms, data centres or other secure areas of our own. Production runs in the cloud provider’s ' +
    'facilities, whose physical security we check through its assurance reports under A.5.23.',
  'A.7.8':
    'We site no servers or network equipment. Laptops and phones are covered by A.8.1 and A.7.9, and printers hold no jobs ' +
    'after release and are wiped under A.7.14; no risk in the register depends on where equipment is placed.',
  'A.7.11':
    'Nothing we run depends on office power or cooling: a power cut sends staff home to work remotely. The cloud ' +
    'provider’s utilities are covered by its assurance reports under A.5.23.',
  'A.7.12':
    'We own no cabling. Building cabling belongs to the landlords, and all our traffic is encrypted end to end, so ' +
    'tapping or damaging a cable does not expose or stop our service.',
  'A.8.30':
    'All development is done by our own staff and contractors working inside our development process (A.8.25 to A.8.29). ' +
    'No development is outsourced; taking on an outsourcer would go through the planned change process first.',
};
