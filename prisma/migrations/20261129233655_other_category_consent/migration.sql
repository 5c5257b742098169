-- AlterTable
ALTER TABLE "SubjectProfile" ADD COLUMN     "otherCategoryApprovedAt" TIMESTAMPTZ(3),
ADD COLUMN     "otherCategoryApprovedById" TEXT;
