-- CreateEnum
CREATE TYPE "Satisfaction" AS ENUM ('VERY_SATISFIED', 'SATISFIED', 'BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED');

-- CreateEnum
CREATE TYPE "EvalChannel" AS ENUM ('DEVICE', 'QR_CODE', 'PAPER', 'SMS', 'ONLINE_PLATFORM', 'RETURN_VISIT', 'THIRD_PARTY');

-- CreateEnum
CREATE TYPE "EvaluatorType" AS ENUM ('CLIENT', 'THIRD_PARTY', 'MULTI');

-- CreateEnum
CREATE TYPE "IndicatorSetPurpose" AS ENUM ('ROUTINE', 'SPECIAL', 'THIRD_PARTY', 'ANNUAL');

-- CreateEnum
CREATE TYPE "BadReviewSource" AS ENUM ('EVALUATION', 'COMPLAINT', 'RETURN_VISIT', 'THIRD_PARTY');

-- CreateEnum
CREATE TYPE "BadReviewStatus" AS ENUM ('FOUND', 'VERIFYING', 'INVALID_PENDING', 'INVALID', 'RECTIFYING', 'REVISITING', 'IMPROVING', 'CLOSED');

-- CreateEnum
CREATE TYPE "AnalysisPeriod" AS ENUM ('MONTH', 'QUARTER', 'YEAR');

-- CreateEnum
CREATE TYPE "AnalysisStatus" AS ENUM ('DRAFT', 'APPROVED');

-- CreateEnum
CREATE TYPE "ImprovementStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WINDOW', 'ONLINE', 'HOTLINE', 'PHONE', 'HOME', 'VIDEO', 'PROXY');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('REGISTERED', 'PENDING_MATERIALS', 'ACCEPTED', 'IN_PROGRESS', 'AWAITING_APPROVAL', 'COMPLETED', 'NOT_ACCEPTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('DONE', 'APPROVED', 'REJECTED', 'NOT_ACCEPTED', 'WITHDRAWN', 'REFERRED');

-- CreateEnum
CREATE TYPE "CaseMaterialState" AS ENUM ('PENDING', 'OK', 'MISSING', 'DEFECTIVE', 'NA');

-- CreateEnum
CREATE TYPE "AgentRelation" AS ENUM ('SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'OTHER_RELATIVE', 'OTHER');

-- CreateEnum
CREATE TYPE "ExtensionStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REFUSED');

-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('PENDING_APPROVAL', 'ISSUED', 'REFUSED');

-- CreateEnum
CREATE TYPE "NoticeDelivery" AS ENUM ('PRINTED', 'SMS', 'BOTH');

-- CreateEnum
CREATE TYPE "ConsultTopic" AS ENUM ('INFO_COLLECTION', 'RETURN_HOME', 'EMPLOYMENT', 'ENTREPRENEURSHIP', 'EDUCATION_TRAINING', 'PREFERENTIAL_PENSION', 'HARDSHIP_AID', 'LEGAL', 'ARCHIVES', 'VOLUNTEER', 'OTHER');

-- CreateEnum
CREATE TYPE "AppointmentType" AS ENUM ('WORKDAY', 'NON_WORKING_DAY', 'REMOTE_VIDEO');

-- CreateEnum
CREATE TYPE "AppointmentMethod" AS ENUM ('PHONE', 'ON_SITE');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('REQUESTED', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'RESCHEDULED');

-- CreateEnum
CREATE TYPE "HomeHardship" AS ENUM ('SERIOUS_ILLNESS', 'DISABILITY', 'ADVANCED_AGE_FRAILTY', 'OTHER');

-- CreateEnum
CREATE TYPE "HomeServiceStatus" AS ENUM ('REQUESTED', 'ELIGIBLE', 'REJECTED', 'SCHEDULED', 'VISITED', 'CLOSED');

-- CreateEnum
CREATE TYPE "HomeServiceResult" AS ENUM ('COMPLETED_ON_SITE', 'ACCEPTED_WITH_DEADLINE', 'PROXY');

-- CreateEnum
CREATE TYPE "AssistKind" AS ENUM ('ASSIST', 'PROXY');

-- CreateEnum
CREATE TYPE "ProxyReason" AS ENUM ('MOBILITY_IMPAIRED', 'ELDERLY', 'SERIOUS_ILLNESS', 'DISABILITY', 'OTHER_SPECIAL');

-- CreateEnum
CREATE TYPE "AssistStatus" AS ENUM ('REGISTERED', 'PENDING_MATERIALS', 'ACCOMPANIED', 'MATERIALS_RECEIVED', 'PROCESSING', 'RESULT_HANDED_OVER', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "HandoverDirection" AS ENUM ('IN', 'OUT');

-- CreateEnum
CREATE TYPE "TrackingMethod" AS ENUM ('ON_SITE_CHECK', 'ACCOMPANY', 'PHONE_FOLLOWUP');

-- CreateEnum
CREATE TYPE "FocusDomain" AS ENUM ('EMPLOYMENT_PLACEMENT', 'ENTREPRENEURSHIP_SUPPORT', 'HARDSHIP_AID', 'OTHER');

-- CreateEnum
CREATE TYPE "ReturnVisitMethod" AS ENUM ('PHONE', 'HOME', 'SMS', 'WINDOW');

-- CreateEnum
CREATE TYPE "PolicyImplemented" AS ENUM ('FULL', 'PARTIAL', 'NOT');

-- CreateEnum
CREATE TYPE "ServiceEffect" AS ENUM ('GOOD', 'FAIR', 'POOR');

-- CreateEnum
CREATE TYPE "ReturnVisitStatus" AS ENUM ('PENDING', 'DONE');

-- CreateEnum
CREATE TYPE "SupervisionOrigin" AS ENUM ('RETURN_VISIT', 'BAD_REVIEW', 'ANALYSIS');

-- CreateEnum
CREATE TYPE "SupervisionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'VERIFIED');

-- CreateEnum
CREATE TYPE "PresenceStatus" AS ENUM ('ON_DUTY', 'TEMP_AWAY', 'ON_LEAVE', 'BUSINESS_TRIP', 'OFF');

-- CreateEnum
CREATE TYPE "HandoverReason" AS ENUM ('LEAVE', 'MEETING', 'FIELD_WORK', 'TRAINING', 'OTHER');

-- CreateEnum
CREATE TYPE "LeaveType" AS ENUM ('ANNUAL', 'SICK', 'PERSONAL', 'MARRIAGE', 'MATERNITY', 'BUSINESS_TRIP', 'TRAINING', 'OTHER');

-- CreateEnum
CREATE TYPE "LeaveStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ExtendedDecision" AS ENUM ('EXTEND', 'NOT_READY');

-- CreateEnum
CREATE TYPE "ReminderLevel" AS ENUM ('INFO', 'WARN', 'OVERDUE');

-- CreateTable
CREATE TABLE "EvaluationIndicatorSet" (
    "id" TEXT NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "purpose" "IndicatorSetPurpose" NOT NULL,
    "setVersion" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "indicators" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationIndicatorSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationInvitation" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "tokenHash" VARCHAR(64) NOT NULL,
    "tokenCipher" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "channel" "EvalChannel" NOT NULL,
    "evaluatorType" "EvaluatorType" NOT NULL DEFAULT 'CLIENT',
    "indicatorSetId" TEXT,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "windowId" TEXT,
    "staffUserId" TEXT,
    "caseId" TEXT,
    "serviceItemCode" VARCHAR(20),
    "overall" "Satisfaction" NOT NULL,
    "indicatorScores" JSONB,
    "comment" TEXT,
    "realName" BOOLEAN NOT NULL DEFAULT false,
    "contactName" VARCHAR(30),
    "contactPhone" VARCHAR(20),
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paperAttachmentId" TEXT,
    "enteredById" TEXT,
    "invitationId" TEXT,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BadReviewCase" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT,
    "source" "BadReviewSource" NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "unitLevel" "OrgLevel" NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "staffUserId" TEXT,
    "windowId" TEXT,
    "serviceItemCode" VARCHAR(20),
    "caseId" TEXT,
    "description" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "issueTags" TEXT[],
    "verification" TEXT,
    "valid" BOOLEAN,
    "evidence" TEXT,
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "rectification" TEXT,
    "feedbackToClient" TEXT,
    "rectifiedById" TEXT,
    "rectifiedAt" TIMESTAMPTZ(3),
    "revisitSatisfaction" "Satisfaction",
    "revisitAttempts" INTEGER NOT NULL DEFAULT 0,
    "revisitNote" TEXT,
    "improvement" TEXT,
    "improvementLinks" JSONB,
    "noSystemicReason" TEXT,
    "loopCount" INTEGER NOT NULL DEFAULT 0,
    "escalatedAt" TIMESTAMPTZ(3),
    "status" "BadReviewStatus" NOT NULL DEFAULT 'FOUND',
    "stepDueDate" DATE,
    "foundAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BadReviewCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationAnalysis" (
    "id" TEXT NOT NULL,
    "period" "AnalysisPeriod" NOT NULL,
    "periodKey" VARCHAR(10) NOT NULL,
    "scopeOrgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "generatedStats" JSONB NOT NULL,
    "hotIssues" JSONB NOT NULL,
    "generatedAt" TIMESTAMPTZ(3) NOT NULL,
    "investigation" TEXT,
    "solutions" TEXT,
    "status" "AnalysisStatus" NOT NULL DEFAULT 'DRAFT',
    "approvedById" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EvaluationAnalysis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementAction" (
    "id" TEXT NOT NULL,
    "analysisId" TEXT,
    "badReviewId" TEXT,
    "description" TEXT NOT NULL,
    "ownerName" VARCHAR(30) NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "ImprovementStatus" NOT NULL DEFAULT 'OPEN',
    "doneAt" TIMESTAMPTZ(3),
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ImprovementAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceCase" (
    "id" TEXT NOT NULL,
    "caseNo" VARCHAR(24) NOT NULL,
    "serviceItemId" TEXT NOT NULL,
    "itemCode" VARCHAR(20) NOT NULL,
    "itemVersion" INTEGER NOT NULL,
    "itemName" VARCHAR(80) NOT NULL,
    "promisedWorkingDays" INTEGER NOT NULL,
    "clientPersonId" TEXT NOT NULL,
    "agentName" VARCHAR(30),
    "agentIdCipher" TEXT,
    "agentIdHash" VARCHAR(64),
    "agentIdMasked" VARCHAR(18),
    "agentPhone" VARCHAR(20),
    "agentRelation" "AgentRelation",
    "authorisationNote" VARCHAR(200),
    "channel" "Channel" NOT NULL,
    "appointmentId" TEXT,
    "windowId" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstHandlerId" TEXT NOT NULL,
    "primaryResponsibleId" TEXT,
    "secondaryResponsibleId" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'REGISTERED',
    "acceptedAt" TIMESTAMPTZ(3),
    "promisedDueDate" DATE,
    "extendedDueDate" DATE,
    "dueDate" DATE,
    "pausedAt" TIMESTAMPTZ(3),
    "supplementAt" TIMESTAMPTZ(3),
    "supplementById" TEXT,
    "supplementNote" VARCHAR(500),
    "completedAt" TIMESTAMPTZ(3),
    "outcome" "CaseOutcome",
    "outcomeNote" TEXT,
    "referralAuthority" VARCHAR(200),
    "extendedService" BOOLEAN NOT NULL DEFAULT false,
    "lunchService" BOOLEAN NOT NULL DEFAULT false,
    "handledByCounterpart" BOOLEAN NOT NULL DEFAULT false,
    "reassignedCount" INTEGER NOT NULL DEFAULT 0,
    "domainType" VARCHAR(40),
    "domainId" VARCHAR(40),
    "hallOrgUnitId" TEXT NOT NULL,
    "hallOrgPath" VARCHAR(200) NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseMaterial" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "materialDefId" TEXT,
    "name" VARCHAR(80) NOT NULL,
    "originalOrCopy" "MaterialForm" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "mandatory" BOOLEAN NOT NULL,
    "howToObtain" VARCHAR(200),
    "state" "CaseMaterialState" NOT NULL DEFAULT 'PENDING',
    "defect" VARCHAR(200),
    "correction" VARCHAR(200),
    "note" VARCHAR(200),
    "checkedAt" TIMESTAMPTZ(3),
    "checkedById" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CaseMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseExtension" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "fromDueDate" DATE NOT NULL,
    "proposedDueDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ExtensionStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "orgPath" VARCHAR(200) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CaseExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneTimeNotice" (
    "id" TEXT NOT NULL,
    "noticeNo" VARCHAR(30) NOT NULL,
    "caseId" TEXT,
    "consultationId" TEXT,
    "assistRequestId" TEXT,
    "domainType" VARCHAR(40),
    "domainId" VARCHAR(40),
    "sequence" INTEGER NOT NULL DEFAULT 1,
    "status" "NoticeStatus" NOT NULL DEFAULT 'ISSUED',
    "inScope" BOOLEAN NOT NULL DEFAULT true,
    "competentAuthority" VARCHAR(120),
    "authorityContact" VARCHAR(200),
    "requiredMaterials" JSONB NOT NULL,
    "timeLimit" VARCHAR(60) NOT NULL,
    "missingMaterials" JSONB NOT NULL DEFAULT '[]',
    "defectiveMaterials" JSONB NOT NULL DEFAULT '[]',
    "refusalReason" TEXT,
    "secondNoticeReason" TEXT,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "issuedById" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveryMethod" "NoticeDelivery" NOT NULL DEFAULT 'PRINTED',
    "printedCount" INTEGER NOT NULL DEFAULT 0,
    "orgPath" VARCHAR(200) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OneTimeNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "personId" TEXT,
    "contactName" VARCHAR(30),
    "contactPhone" VARCHAR(20),
    "channel" "Channel" NOT NULL,
    "topic" "ConsultTopic" NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "answeredOnSpot" BOOLEAN NOT NULL,
    "notAnsweredReason" TEXT,
    "followUpDueDate" DATE,
    "followUpAnswer" TEXT,
    "followUpAnsweredAt" TIMESTAMPTZ(3),
    "answeredById" TEXT NOT NULL,
    "windowId" TEXT,
    "appointmentId" TEXT,
    "caseId" TEXT,
    "askedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "type" "AppointmentType" NOT NULL,
    "method" "AppointmentMethod" NOT NULL,
    "applicantPersonId" TEXT NOT NULL,
    "agentName" VARCHAR(30),
    "contactPhone" VARCHAR(20) NOT NULL,
    "serviceItemId" TEXT,
    "itemCode" VARCHAR(20),
    "topic" TEXT,
    "date" DATE NOT NULL,
    "startTime" VARCHAR(5) NOT NULL,
    "endTime" VARCHAR(5) NOT NULL,
    "windowId" TEXT,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "assignedStaffId" TEXT,
    "videoRoom" VARCHAR(200),
    "status" "AppointmentStatus" NOT NULL DEFAULT 'REQUESTED',
    "approvedById" TEXT,
    "staffAcceptedAt" TIMESTAMPTZ(3),
    "checkedInAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "caseId" TEXT,
    "consultationId" TEXT,
    "cancelReason" VARCHAR(200),
    "rescheduledToId" TEXT,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HomeServiceRequest" (
    "id" TEXT NOT NULL,
    "applicantPersonId" TEXT NOT NULL,
    "agentName" VARCHAR(30),
    "serviceItemId" TEXT NOT NULL,
    "itemCode" VARCHAR(20) NOT NULL,
    "needsOnSiteAuthentication" BOOLEAN NOT NULL,
    "hardship" "HomeHardship" NOT NULL,
    "hardshipNote" TEXT NOT NULL,
    "eligibilityReason" TEXT,
    "exceptionApprovedById" TEXT,
    "agreedAt" TIMESTAMPTZ(3),
    "address" VARCHAR(120),
    "serviceStaffIds" TEXT[],
    "servicesProvided" TEXT[],
    "result" "HomeServiceResult",
    "resultNote" TEXT,
    "caseId" TEXT,
    "assistRequestId" TEXT,
    "status" "HomeServiceStatus" NOT NULL DEFAULT 'REQUESTED',
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "HomeServiceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssistRequest" (
    "id" TEXT NOT NULL,
    "kind" "AssistKind" NOT NULL,
    "clientPersonId" TEXT NOT NULL,
    "agentStaffId" TEXT NOT NULL,
    "serviceItemId" TEXT NOT NULL,
    "itemCode" VARCHAR(20) NOT NULL,
    "proxyReason" "ProxyReason",
    "proxyReasonText" VARCHAR(200),
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entrustmentNote" VARCHAR(200),
    "materialsComplete" BOOLEAN NOT NULL,
    "targetWindowId" TEXT,
    "caseId" TEXT,
    "status" "AssistStatus" NOT NULL DEFAULT 'REGISTERED',
    "completedAt" TIMESTAMPTZ(3),
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AssistRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaterialHandover" (
    "id" TEXT NOT NULL,
    "assistRequestId" TEXT NOT NULL,
    "direction" "HandoverDirection" NOT NULL,
    "items" JSONB NOT NULL,
    "fromName" VARCHAR(30) NOT NULL,
    "toName" VARCHAR(30) NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fromSignedAt" TIMESTAMPTZ(3),
    "toSignedAt" TIMESTAMPTZ(3),
    "receiptNo" VARCHAR(30),
    "orgPath" VARCHAR(200) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MaterialHandover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackingEntry" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "method" "TrackingMethod" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "progress" TEXT NOT NULL,
    "nextStep" VARCHAR(500),
    "byUserId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,

    CONSTRAINT "TrackingEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReturnVisit" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "focusDomain" "FocusDomain" NOT NULL,
    "dueDate" DATE NOT NULL,
    "assigneeUserId" TEXT NOT NULL,
    "status" "ReturnVisitStatus" NOT NULL DEFAULT 'PENDING',
    "visitedAt" TIMESTAMPTZ(3),
    "method" "ReturnVisitMethod",
    "satisfaction" "Satisfaction",
    "policyImplemented" "PolicyImplemented",
    "effect" "ServiceEffect",
    "feedback" TEXT,
    "visitedById" TEXT,
    "supervisionTaskId" TEXT,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReturnVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionTask" (
    "id" TEXT NOT NULL,
    "origin" "SupervisionOrigin" NOT NULL,
    "sourceId" TEXT NOT NULL,
    "assigneeOrgUnitId" TEXT NOT NULL,
    "supervisorId" TEXT,
    "issue" TEXT NOT NULL,
    "actions" TEXT,
    "dueDate" DATE NOT NULL,
    "status" "SupervisionStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedAt" TIMESTAMPTZ(3),
    "verifiedAt" TIMESTAMPTZ(3),
    "verifiedById" TEXT,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SupervisionTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceWindow" (
    "id" TEXT NOT NULL,
    "windowNo" VARCHAR(10) NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "serviceItemCodes" TEXT[],
    "isProxyWindow" BOOLEAN NOT NULL DEFAULT false,
    "isIntegrated" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AbRoleAssignment" (
    "id" TEXT NOT NULL,
    "windowId" TEXT NOT NULL,
    "aUserId" TEXT NOT NULL,
    "bUserId" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AbRoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffPresence" (
    "userId" TEXT NOT NULL,
    "status" "PresenceStatus" NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" VARCHAR(200),
    "orgPath" VARCHAR(200) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StaffPresence_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "AbHandover" (
    "id" TEXT NOT NULL,
    "windowId" TEXT NOT NULL,
    "fromUserId" TEXT NOT NULL,
    "toUserId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" "HandoverReason" NOT NULL,
    "presenceStatus" "PresenceStatus" NOT NULL,
    "pendingCaseIds" TEXT[],
    "notes" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "orgPath" VARCHAR(200) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AbHandover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffLeave" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" "LeaveType" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" VARCHAR(200),
    "status" "LeaveStatus" NOT NULL DEFAULT 'REQUESTED',
    "abConflict" BOOLEAN NOT NULL DEFAULT false,
    "abConflictOverride" BOOLEAN NOT NULL DEFAULT false,
    "overrideReason" TEXT,
    "substituteUserId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" VARCHAR(200),
    "returnReportedAt" TIMESTAMPTZ(3),
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StaffLeave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LunchDutyRoster" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "dutyUserIds" TEXT[],
    "windowIds" TEXT[],
    "publishedAt" TIMESTAMPTZ(3),
    "publishedById" TEXT,
    "clientsServed" INTEGER,
    "logNote" VARCHAR(500),
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LunchDutyRoster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExtendedService" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "closingTime" VARCHAR(5) NOT NULL,
    "decision" "ExtendedDecision" NOT NULL,
    "reason" VARCHAR(500),
    "staffIds" TEXT[],
    "finishedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExtendedService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "ruleId" VARCHAR(20) NOT NULL,
    "entityType" VARCHAR(40) NOT NULL,
    "entityId" VARCHAR(40) NOT NULL,
    "dueDate" DATE,
    "assigneeUserId" TEXT NOT NULL,
    "level" "ReminderLevel" NOT NULL,
    "escalation" INTEGER NOT NULL DEFAULT 0,
    "message" VARCHAR(300) NOT NULL,
    "href" VARCHAR(200),
    "fireKey" VARCHAR(200) NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchedulerRun" (
    "job" VARCHAR(40) NOT NULL,
    "slot" VARCHAR(30) NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "instance" VARCHAR(60) NOT NULL,
    "result" JSONB,

    CONSTRAINT "SchedulerRun_pkey" PRIMARY KEY ("job","slot")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationIndicatorSet_name_setVersion_key" ON "EvaluationIndicatorSet"("name", "setVersion");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationInvitation_caseId_key" ON "EvaluationInvitation"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationInvitation_tokenHash_key" ON "EvaluationInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_caseId_key" ON "Evaluation"("caseId");

-- CreateIndex
CREATE INDEX "Evaluation_orgPath_submittedAt_idx" ON "Evaluation"("orgPath", "submittedAt");

-- CreateIndex
CREATE INDEX "Evaluation_staffUserId_submittedAt_idx" ON "Evaluation"("staffUserId", "submittedAt");

-- CreateIndex
CREATE INDEX "Evaluation_windowId_submittedAt_idx" ON "Evaluation"("windowId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "BadReviewCase_evaluationId_key" ON "BadReviewCase"("evaluationId");

-- CreateIndex
CREATE INDEX "BadReviewCase_orgPath_status_stepDueDate_idx" ON "BadReviewCase"("orgPath", "status", "stepDueDate");

-- CreateIndex
CREATE INDEX "BadReviewCase_status_stepDueDate_idx" ON "BadReviewCase"("status", "stepDueDate");

-- CreateIndex
CREATE INDEX "EvaluationAnalysis_orgPath_periodKey_idx" ON "EvaluationAnalysis"("orgPath", "periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationAnalysis_scopeOrgUnitId_period_periodKey_key" ON "EvaluationAnalysis"("scopeOrgUnitId", "period", "periodKey");

-- CreateIndex
CREATE INDEX "ImprovementAction_orgPath_status_idx" ON "ImprovementAction"("orgPath", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCase_caseNo_key" ON "ServiceCase"("caseNo");

-- CreateIndex
CREATE INDEX "ServiceCase_firstHandlerId_status_dueDate_idx" ON "ServiceCase"("firstHandlerId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "ServiceCase_primaryResponsibleId_status_idx" ON "ServiceCase"("primaryResponsibleId", "status");

-- CreateIndex
CREATE INDEX "ServiceCase_clientPersonId_status_idx" ON "ServiceCase"("clientPersonId", "status");

-- CreateIndex
CREATE INDEX "ServiceCase_hallOrgPath_receivedAt_idx" ON "ServiceCase"("hallOrgPath", "receivedAt");

-- CreateIndex
CREATE INDEX "ServiceCase_orgPath_receivedAt_idx" ON "ServiceCase"("orgPath", "receivedAt");

-- CreateIndex
CREATE INDEX "ServiceCase_receivedAt_idx" ON "ServiceCase"("receivedAt");

-- CreateIndex
CREATE INDEX "ServiceCase_status_dueDate_idx" ON "ServiceCase"("status", "dueDate");

-- CreateIndex
CREATE INDEX "ServiceCase_domainType_domainId_idx" ON "ServiceCase"("domainType", "domainId");

-- CreateIndex
CREATE INDEX "CaseMaterial_caseId_sortOrder_idx" ON "CaseMaterial"("caseId", "sortOrder");

-- CreateIndex
CREATE INDEX "CaseExtension_caseId_idx" ON "CaseExtension"("caseId");

-- CreateIndex
CREATE INDEX "CaseExtension_orgPath_status_idx" ON "CaseExtension"("orgPath", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeNotice_noticeNo_key" ON "OneTimeNotice"("noticeNo");

-- CreateIndex
CREATE INDEX "OneTimeNotice_orgPath_issuedAt_idx" ON "OneTimeNotice"("orgPath", "issuedAt");

-- CreateIndex
CREATE INDEX "OneTimeNotice_assistRequestId_idx" ON "OneTimeNotice"("assistRequestId");

-- CreateIndex
CREATE INDEX "OneTimeNotice_consultationId_idx" ON "OneTimeNotice"("consultationId");

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeNotice_caseId_sequence_key" ON "OneTimeNotice"("caseId", "sequence");

-- CreateIndex
CREATE INDEX "Consultation_orgPath_askedAt_idx" ON "Consultation"("orgPath", "askedAt");

-- CreateIndex
CREATE INDEX "Consultation_answeredById_followUpAnsweredAt_idx" ON "Consultation"("answeredById", "followUpAnsweredAt");

-- CreateIndex
CREATE INDEX "Appointment_orgUnitId_date_startTime_idx" ON "Appointment"("orgUnitId", "date", "startTime");

-- CreateIndex
CREATE INDEX "Appointment_orgPath_date_idx" ON "Appointment"("orgPath", "date");

-- CreateIndex
CREATE INDEX "Appointment_assignedStaffId_date_idx" ON "Appointment"("assignedStaffId", "date");

-- CreateIndex
CREATE INDEX "HomeServiceRequest_orgPath_status_idx" ON "HomeServiceRequest"("orgPath", "status");

-- CreateIndex
CREATE INDEX "AssistRequest_orgPath_status_idx" ON "AssistRequest"("orgPath", "status");

-- CreateIndex
CREATE INDEX "AssistRequest_agentStaffId_status_idx" ON "AssistRequest"("agentStaffId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MaterialHandover_assistRequestId_direction_key" ON "MaterialHandover"("assistRequestId", "direction");

-- CreateIndex
CREATE INDEX "TrackingEntry_caseId_at_idx" ON "TrackingEntry"("caseId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ReturnVisit_caseId_key" ON "ReturnVisit"("caseId");

-- CreateIndex
CREATE INDEX "ReturnVisit_orgPath_status_dueDate_idx" ON "ReturnVisit"("orgPath", "status", "dueDate");

-- CreateIndex
CREATE INDEX "ReturnVisit_assigneeUserId_status_idx" ON "ReturnVisit"("assigneeUserId", "status");

-- CreateIndex
CREATE INDEX "SupervisionTask_orgPath_status_idx" ON "SupervisionTask"("orgPath", "status");

-- CreateIndex
CREATE INDEX "ServiceWindow_orgPath_idx" ON "ServiceWindow"("orgPath");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceWindow_orgUnitId_windowNo_key" ON "ServiceWindow"("orgUnitId", "windowNo");

-- CreateIndex
CREATE INDEX "AbRoleAssignment_windowId_effectiveFrom_idx" ON "AbRoleAssignment"("windowId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "AbRoleAssignment_aUserId_idx" ON "AbRoleAssignment"("aUserId");

-- CreateIndex
CREATE INDEX "AbRoleAssignment_bUserId_idx" ON "AbRoleAssignment"("bUserId");

-- CreateIndex
CREATE INDEX "StaffPresence_orgPath_idx" ON "StaffPresence"("orgPath");

-- CreateIndex
CREATE INDEX "AbHandover_toUserId_acknowledgedAt_idx" ON "AbHandover"("toUserId", "acknowledgedAt");

-- CreateIndex
CREATE INDEX "AbHandover_fromUserId_endedAt_idx" ON "AbHandover"("fromUserId", "endedAt");

-- CreateIndex
CREATE INDEX "AbHandover_orgPath_at_idx" ON "AbHandover"("orgPath", "at");

-- CreateIndex
CREATE INDEX "StaffLeave_userId_startsAt_idx" ON "StaffLeave"("userId", "startsAt");

-- CreateIndex
CREATE INDEX "StaffLeave_orgPath_status_startsAt_idx" ON "StaffLeave"("orgPath", "status", "startsAt");

-- CreateIndex
CREATE INDEX "LunchDutyRoster_orgPath_date_idx" ON "LunchDutyRoster"("orgPath", "date");

-- CreateIndex
CREATE UNIQUE INDEX "LunchDutyRoster_orgUnitId_date_key" ON "LunchDutyRoster"("orgUnitId", "date");

-- CreateIndex
CREATE INDEX "ExtendedService_orgPath_date_idx" ON "ExtendedService"("orgPath", "date");

-- CreateIndex
CREATE UNIQUE INDEX "ExtendedService_caseId_date_key" ON "ExtendedService"("caseId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_fireKey_key" ON "Reminder"("fireKey");

-- CreateIndex
CREATE INDEX "Reminder_assigneeUserId_readAt_createdAt_idx" ON "Reminder"("assigneeUserId", "readAt", "createdAt");

-- AddForeignKey
ALTER TABLE "ImprovementAction" ADD CONSTRAINT "ImprovementAction_analysisId_fkey" FOREIGN KEY ("analysisId") REFERENCES "EvaluationAnalysis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCase" ADD CONSTRAINT "ServiceCase_serviceItemId_fkey" FOREIGN KEY ("serviceItemId") REFERENCES "ServiceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCase" ADD CONSTRAINT "ServiceCase_clientPersonId_fkey" FOREIGN KEY ("clientPersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCase" ADD CONSTRAINT "ServiceCase_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "ServiceWindow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCase" ADD CONSTRAINT "ServiceCase_firstHandlerId_fkey" FOREIGN KEY ("firstHandlerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMaterial" ADD CONSTRAINT "CaseMaterial_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ServiceCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseExtension" ADD CONSTRAINT "CaseExtension_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ServiceCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneTimeNotice" ADD CONSTRAINT "OneTimeNotice_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ServiceCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialHandover" ADD CONSTRAINT "MaterialHandover_assistRequestId_fkey" FOREIGN KEY ("assistRequestId") REFERENCES "AssistRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackingEntry" ADD CONSTRAINT "TrackingEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ServiceCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbRoleAssignment" ADD CONSTRAINT "AbRoleAssignment_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "ServiceWindow"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- EVA-05: evaluations are append-only. Like the audit log, a trigger binds even the superuser the
-- embedded database connects as; corrections are new rows, never edits of a client's rating.
CREATE FUNCTION evaluation_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Evaluation is append-only: % refused (服务评价只能追加，不能修改或删除)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER evaluation_append_only BEFORE UPDATE OR DELETE ON "Evaluation"
  FOR EACH ROW EXECUTE FUNCTION evaluation_refuse_change();

CREATE TRIGGER evaluation_no_truncate BEFORE TRUNCATE ON "Evaluation"
  FOR EACH STATEMENT EXECUTE FUNCTION evaluation_refuse_change();
